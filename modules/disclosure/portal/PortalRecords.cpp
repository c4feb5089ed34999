#include "PortalRecords.h"

#include <QJsonArray>
#include <algorithm>

namespace GovDesk::Disclosure {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list << entry.toString();
    return list;
}

} // namespace

QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            paragraphs << trimmed;
    }
    return paragraphs;
}

bool PortalItem::isPublic(const QJsonObject &payload)
{
    // A classified item can never be published (涉密不公开), whatever its status says; a withdrawal
    // without the status change is not trusted to be one either. An item published offline reaches
    // the server 「待编号」 one sync before its 索引号 does: it waits for the number, which every
    // 主动公开 item carries on a government website.
    return string(payload, "status") == QStringLiteral("published")
           && string(payload, "classification").isEmpty() && !payload.contains(QStringLiteral("withdrawal"))
           && !string(payload, "indexNumber").trimmed().isEmpty();
}

PortalItem PortalItem::fromPayload(const QString &recordId, const QJsonObject &payload)
{
    PortalItem item;
    item.recordId = recordId;
    item.indexNumber = string(payload, "indexNumber");
    item.category = string(payload, "category");
    item.title = string(payload, "title");
    item.publisher = string(payload, "publisher");
    item.writtenOn = string(payload, "writtenOn");
    item.changedOn = string(payload, "changedOn");
    item.publishedOn = string(payload, "publishedOn");
    item.documentNumber = payload.value(QStringLiteral("source"))
                              .toObject()
                              .value(QStringLiteral("documentNumber"))
                              .toString();
    item.validity = string(payload, "validity");
    item.keywords = strings(payload.value(QStringLiteral("keywords")));
    item.body = string(payload, "body");
    for (const QJsonValue &value : payload.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString sha256 = string(object, "sha256");
        if (!sha256.isEmpty())
            item.attachments.append(
                {sha256, string(object, "name"), object.value(QStringLiteral("size")).toInteger()});
    }
    return item;
}

QStringList PortalItem::paragraphs() const
{
    return paragraphsOf(body);
}

bool PortalItem::hasAttachment(const QString &sha256) const
{
    return std::ranges::any_of(attachments, [&](const PortalAttachment &a) { return a.sha256 == sha256; });
}

bool PortalReport::isPublic(const QJsonObject &payload)
{
    return string(payload, "status") == QStringLiteral("published")
           && payload.value(QStringLiteral("year")).toInt() > 0;
}

PortalReport PortalReport::fromPayload(const QString &recordId, const QJsonObject &payload)
{
    PortalReport report;
    report.recordId = recordId;
    report.year = payload.value(QStringLiteral("year")).toInt();
    report.title = string(payload, "title");
    report.publishedOn = string(payload, "publishedOn");
    for (const QJsonValue &sectionValue : payload.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject sectionObject = sectionValue.toObject();
        PortalReportSection section{string(sectionObject, "heading"), string(sectionObject, "text"), {}};
        for (const QJsonValue &tableValue : sectionObject.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject tableObject = tableValue.toObject();
            PortalReportTable table{
                string(tableObject, "caption"), strings(tableObject.value(QStringLiteral("columns"))), {}};
            for (const QJsonValue &row : tableObject.value(QStringLiteral("rows")).toArray())
                table.rows.append(strings(row));
            section.tables.append(table);
        }
        report.sections.append(section);
    }
    return report;
}

void PortalSite::sort()
{
    std::ranges::stable_sort(items, [](const PortalItem &a, const PortalItem &b) {
        if (a.date() != b.date())
            return a.date() > b.date();
        if (a.indexNumber != b.indexNumber)
            return a.indexNumber > b.indexNumber;
        return a.recordId < b.recordId;
    });
    std::ranges::stable_sort(reports,
                             [](const PortalReport &a, const PortalReport &b) { return a.year > b.year; });
}

const PortalItem *PortalSite::item(const QString &recordId) const
{
    const auto it = std::ranges::find(items, recordId, &PortalItem::recordId);
    return it == items.end() ? nullptr : &*it;
}

const PortalReport *PortalSite::report(int year) const
{
    const auto it = std::ranges::find(reports, year, &PortalReport::year);
    return it == reports.end() ? nullptr : &*it;
}

} // namespace GovDesk::Disclosure
