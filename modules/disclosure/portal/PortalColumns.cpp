#include "PortalColumns.h"

#include "PortalTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace GovDesk::Disclosure {

namespace {

Core::Result<PortalColumn::Kind> kindOf(const QString &text)
{
    if (text.isEmpty() || text == QStringLiteral("items"))
        return PortalColumn::Kind::Items;
    if (text == QStringLiteral("guide"))
        return PortalColumn::Kind::Guide;
    if (text == QStringLiteral("reports"))
        return PortalColumn::Kind::Reports;
    return Core::fail(Core::ErrorCode::Corrupt,
                      QStringLiteral("Unknown portal column kind \"%1\".").arg(text));
}

} // namespace

Core::Result<PortalColumns> PortalColumns::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Core::fail(Core::ErrorCode::Corrupt, QStringLiteral("The portal columns are not JSON."),
                          error.errorString());

    PortalColumns columns;
    const QJsonObject names = root.value(QStringLiteral("categories")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        columns.m_categoryNames.insert(it.key(), it.value().toString());
    const QJsonObject wording = root.value(QStringLiteral("wording")).toObject();
    for (auto it = wording.begin(); it != wording.end(); ++it)
        columns.m_wording.insert(it.key(), it.value().toString());

    for (const QJsonValue &value : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject object = value.toObject();
        PortalColumn column;
        column.id = object.value(QStringLiteral("id")).toString();
        column.name = object.value(QStringLiteral("name")).toString();
        auto kind = kindOf(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return std::unexpected(kind.error());
        column.kind = *kind;
        for (const QJsonValue &code : object.value(QStringLiteral("categories")).toArray())
            column.categories << code.toString();
        if (column.id.isEmpty() || column.name.isEmpty() || columns.find(column.id))
            return Core::fail(Core::ErrorCode::Corrupt,
                              QStringLiteral("A portal column needs a unique id and a name."));
        const qsizetype index = columns.m_columns.size();
        for (const QString &code : std::as_const(column.categories)) {
            if (columns.m_columnOfCategory.contains(code))
                return Core::fail(Core::ErrorCode::Corrupt,
                                  QStringLiteral("Category %1 is in two portal columns.").arg(code));
            columns.m_columnOfCategory.insert(code, index);
        }
        if (object.value(QStringLiteral("fallback")).toBool()) {
            if (column.kind != PortalColumn::Kind::Items || columns.m_fallback >= 0)
                return Core::fail(Core::ErrorCode::Corrupt,
                                  QStringLiteral("One items column must be the fallback."));
            columns.m_fallback = index;
        }
        columns.m_columns.append(column);
    }
    if (columns.m_fallback < 0)
        return Core::fail(Core::ErrorCode::Corrupt,
                          QStringLiteral("No portal column is marked as the fallback."));
    return columns;
}

const PortalColumns &PortalColumns::shipped()
{
    static const PortalColumns columns = [] {
        auto parsed = fromJson(PortalTemplates::file(QStringLiteral("columns.json")));
        // The file is compiled in and checked by tst_portalcolumns: failing here is a build error.
        Q_ASSERT_X(parsed.has_value(), "PortalColumns::shipped", "templates/columns.json is invalid");
        return parsed ? *parsed : PortalColumns();
    }();
    return columns;
}

const PortalColumn *PortalColumns::find(const QString &id) const
{
    for (const PortalColumn &column : m_columns) {
        if (column.id == id)
            return &column;
    }
    return nullptr;
}

const PortalColumn &PortalColumns::columnOf(const QString &categoryCode) const
{
    static const PortalColumn none;
    const qsizetype index = m_columnOfCategory.value(categoryCode, m_fallback);
    return index >= 0 ? m_columns.at(index) : none;
}

QString PortalColumns::categoryName(const QString &categoryCode) const
{
    return m_categoryNames.value(categoryCode);
}

QString PortalColumns::word(const QString &key) const
{
    return m_wording.value(key, key);
}

} // namespace GovDesk::Disclosure
