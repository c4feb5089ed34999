#include "HolidayCalendar.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHolidays, "govdesk.disclosure.holidays", QtWarningMsg)

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

const QString ShippedResource = QStringLiteral(":/disclosure/holidays-cn.json");

} // namespace

Core::Result<HolidayCalendar> HolidayCalendar::shipped()
{
    // The notices are compiled in and never change: parsed and indexed once per process, not at
    // each of the calendar's uses (four as the module starts).
    static const Core::Result<HolidayCalendar> parsed = []() -> Core::Result<HolidayCalendar> {
        QFile file(ShippedResource);
        if (!file.open(QIODevice::ReadOnly))
            //: 内置的节假日数据缺失（%1）。
            return fail(ErrorCode::NotFound,
                        tr("The shipped holiday data is missing (%1).").arg(ShippedResource));
        auto years = HolidaySchedule::parse(file.readAll());
        if (!years)
            return std::unexpected(years.error());
        return fromYears(*years);
    }();
    return parsed;
}

Core::Result<HolidayCalendar> HolidayCalendar::fromYears(const QList<HolidayYear> &years)
{
    HolidayCalendar calendar;
    for (const HolidayYear &year : years) {
        GD_TRY(HolidaySchedule::validate(year));
        if (calendar.m_years.contains(year.year))
            //: 节假日数据中 %1 年出现了两次。
            return fail(ErrorCode::InvalidArgument,
                        tr("The holiday data lists the year %1 twice.").arg(year.year));
        calendar.m_years.insert(year.year, year);
    }
    for (const HolidayYear &year : std::as_const(calendar.m_years))
        GD_TRY(calendar.index(year));
    qCDebug(lcHolidays) << "holiday calendar with years" << calendar.years();
    return calendar;
}

Core::Result<HolidayCalendar> HolidayCalendar::withOverrides(const QByteArray &overridesJson) const
{
    auto overrides = HolidaySchedule::parse(overridesJson);
    if (!overrides)
        return std::unexpected(overrides.error());
    return withOverrides(*overrides);
}

Core::Result<HolidayCalendar> HolidayCalendar::withOverrides(const QList<HolidayYear> &overrides) const
{
    QMap<int, HolidayYear> merged = m_years;
    for (const HolidayYear &year : overrides)
        merged.insert(year.year, year);
    return fromYears(merged.values());
}

Core::Result<> HolidayCalendar::index(const HolidayYear &year)
{
    const auto put = [&](QDate day, DayKind kind, const QString &name) -> Core::Result<> {
        const auto existing = m_days.constFind(day);
        if (existing != m_days.cend() && existing->year != year.year)
            //: %1 的安排在 %2 年和 %3 年的通知中都有列出，请只保留一处。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 is arranged by both the %2 and the %3 notice; keep it in one of them.")
                            .arg(day.toString(Qt::ISODate))
                            .arg(existing->year)
                            .arg(year.year));
        m_days.insert(day, {kind, name, year.year});
        return {};
    };
    for (const HolidayRange &range : year.holidays) {
        for (QDate day = range.from; day <= range.to; day = day.addDays(1))
            GD_TRY(put(day, DayKind::Holiday, range.name));
    }
    for (const MakeupWorkday &workday : year.workdays)
        GD_TRY(put(workday.date, DayKind::Workday, workday.holiday));
    return {};
}

std::optional<HolidayYear> HolidayCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend())
        return std::nullopt;
    return *it;
}

bool HolidayCalendar::isCovered(QDate day) const
{
    if (!day.isValid() || !m_years.contains(day.year()))
        return false;
    if (day.month() == 12 && day.day() >= NextYearReachDay)
        return m_years.contains(day.year() + 1);
    return true;
}

bool HolidayCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.cend())
        return it->kind == DayKind::Workday;
    return day.dayOfWeek() < Qt::Saturday;
}

QString HolidayCalendar::holidayName(QDate day) const
{
    return m_days.value(day, {DayKind::Holiday, QString(), 0}).name;
}

bool HolidayCalendar::isMakeupWorkday(QDate day) const
{
    const auto it = m_days.constFind(day);
    return it != m_days.cend() && it->kind == DayKind::Workday;
}

WorkingDate HolidayCalendar::addWorkingDays(QDate from, int n) const
{
    WorkingDate result{from, false};
    if (!from.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    for (int remaining = std::abs(n); remaining > 0;) {
        result.date = result.date.addDays(step);
        result.provisional = result.provisional || !isCovered(result.date);
        if (isWorkingDay(result.date))
            --remaining;
    }
    return result;
}

WorkingDayCount HolidayCalendar::workingDaysBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid())
        return {};
    const int sign = b < a ? -1 : 1;
    const QDate first = std::min(a, b);
    const QDate last = std::max(a, b);
    WorkingDayCount count;
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1)) {
        count.provisional = count.provisional || !isCovered(day);
        if (isWorkingDay(day))
            ++count.days;
    }
    count.days *= sign;
    return count;
}

} // namespace GovDesk::Disclosure
