// DisclosureRecords: the 信息公开 module's synced items (disclosure.item), their projection into
// the disclosure_items table, the core search (title, 索引号, keywords) and the to-do list (review
// steps waiting, and 电子监察: items near or past the 20 working days of Art. 26).
#pragma once

#include "DisclosureItem.h"
#include "HolidayCalendar.h"
#include "Result.h"
#include "module/Projection.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

inline constexpr char ItemSearchType[] = "item";

class DisclosureRecords
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosureRecords)
public:
    [[nodiscard]] static QList<Core::Migration> migrations();
    // The collection and the search type; call in initialize().
    [[nodiscard]] static Core::Result<> declare(Core::ModuleContext &context);
    // `today` is asked at each application (tests pin it); the calendar judges the deadlines.
    [[nodiscard]] static Core::Projection projection(Core::ModuleContext &context, HolidayCalendar calendar,
                                                     std::function<QDate()> today);
    [[nodiscard]] static Core::Result<> saveItem(Core::ModuleContext &context, const QString &recordId,
                                                 const DisclosureItem &item);
};

} // namespace GovDesk::Disclosure
