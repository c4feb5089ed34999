// PortalRecords: what the portal shows of disclosure.item and disclosure.report payloads
// (/work/briefs/disclosure-records.md), and the one rule of what is public.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Disclosure {

struct PortalAttachment
{
    QString sha256;
    QString name;
    qint64 size = 0;
};

struct PortalItem
{
    QString recordId;
    QString indexNumber; // "" until allocated
    QString category;    // DisclosureCategories code
    QString title;
    QString publisher;
    QString writtenOn;
    QString changedOn;
    QString publishedOn;
    QString documentNumber; // of the 公文 it was handed over from, if any
    QString validity;       // category 01 only
    QStringList keywords;
    QString body;
    QList<PortalAttachment> attachments;

    // Only a published item that is not classified, not withdrawn and has its 索引号: every route
    // of the portal asks this before anything of the record is read.
    [[nodiscard]] static bool isPublic(const QJsonObject &payload);
    // Any item, published or not (the desktop previews drafts).
    [[nodiscard]] static PortalItem fromPayload(const QString &recordId, const QJsonObject &payload);

    // publishedOn, or changedOn for an item not published yet (a preview).
    [[nodiscard]] QString date() const { return publishedOn.isEmpty() ? changedOn : publishedOn; }
    [[nodiscard]] QStringList paragraphs() const;
    [[nodiscard]] bool hasAttachment(const QString &sha256) const;
};

struct PortalReportTable
{
    QString caption;
    QStringList columns;
    QList<QStringList> rows;
};

struct PortalReportSection
{
    QString heading;
    QString text;
    QList<PortalReportTable> tables;
};

struct PortalReport
{
    QString recordId;
    int year = 0;
    QString title;
    QString publishedOn;
    QList<PortalReportSection> sections;

    [[nodiscard]] static bool isPublic(const QJsonObject &payload);
    [[nodiscard]] static PortalReport fromPayload(const QString &recordId, const QJsonObject &payload);
};

// Non-empty lines of `text`, trimmed: the payloads' plain text with paragraphs separated by \n.
[[nodiscard]] QStringList paragraphsOf(const QString &text);

// Everything one organisation has published, newest first (PortalSite::sort()).
struct PortalSite
{
    QString organisationId;
    QString organisationName;
    QList<PortalItem> items;
    QList<PortalReport> reports;

    // Items by date, newest first, then by 索引号 descending (the latest number first); reports by year.
    void sort();
    [[nodiscard]] const PortalItem *item(const QString &recordId) const;
    [[nodiscard]] const PortalReport *report(int year) const;
    [[nodiscard]] bool isEmpty() const { return items.isEmpty() && reports.isEmpty(); }
};

} // namespace GovDesk::Disclosure
