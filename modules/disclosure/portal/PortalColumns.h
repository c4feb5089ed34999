// PortalColumns: the 政府信息公开 columns of the portal (机构职能, 政策文件 … 政府信息公开年报) in
// their order on the site, which categories each shows, the categories' names as the site writes
// them and the rest of its wording. Read from templates/columns.json: the public site is Chinese by law and
// its wording is data like its templates (the server loads no translations).
#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Disclosure {

struct PortalColumn
{
    enum class Kind {
        Items, // published disclosure.item records of its categories
        Guide, // 政府信息公开指南: a page from a template, the same for every organisation but its name
        Reports, // 政府信息公开年报: published disclosure.report records
    };
    QString id; // in URLs: column/<id>/
    QString name;
    Kind kind = Kind::Items;
    QStringList categories; // DisclosureCategories codes, for Kind::Items
};

class PortalColumns
{
public:
    [[nodiscard]] static Core::Result<PortalColumns> fromJson(const QByteArray &json);
    // The compiled-in columns.json.
    [[nodiscard]] static const PortalColumns &shipped();

    [[nodiscard]] const QList<PortalColumn> &all() const { return m_columns; }
    [[nodiscard]] const PortalColumn *find(const QString &id) const;
    // The items column that shows `categoryCode`; the fallback column for a code no column names.
    [[nodiscard]] const PortalColumn &columnOf(const QString &categoryCode) const;
    // The category's name as the site writes it; empty for an unknown code.
    [[nodiscard]] QString categoryName(const QString &categoryCode) const;
    // A word of the site's wording ("home" → 首页); the key itself when the file lacks it.
    [[nodiscard]] QString word(const QString &key) const;

private:
    QList<PortalColumn> m_columns;
    qsizetype m_fallback = -1;
    QHash<QString, qsizetype> m_columnOfCategory;
    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_wording;
};

} // namespace GovDesk::Disclosure
