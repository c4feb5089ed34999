// HolidaySchedule: the State Council's yearly holiday notices as data — read, checked and written as
// the JSON shipped in the module's resources and stored per organisation for administrator overrides.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace GovDesk::Disclosure {

// 国务院办公厅关于YYYY年部分节假日安排的通知: where a year's dates come from.
struct HolidayNotice
{
    QString title;
    QString number; // 国办发明电〔2024〕12号; empty when not known
    QDate published;
    QString source; // the notice's address on www.gov.cn
};

// Days off (放假调休), weekends within them included, as the notice lists them.
struct HolidayRange
{
    QString name; // 春节, 国庆节、中秋节 …
    QDate from;
    QDate to;

    [[nodiscard]] bool contains(QDate day) const { return day >= from && day <= to; }
};

// A Saturday or Sunday that is a working day (调休上班).
struct MakeupWorkday
{
    QDate date;
    QString holiday; // the holiday it pays for
};

struct HolidayYear
{
    int year = 0;
    HolidayNotice notice;
    QList<HolidayRange> holidays;
    QList<MakeupWorkday> workdays;
};

class HolidaySchedule
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::HolidaySchedule)
public:
    // Every year read and validated; the first error names the year and the entry.
    [[nodiscard]] static Core::Result<QList<HolidayYear>> parse(const QByteArray &json);
    // A notice may reach into late December of the year before (元旦 of 2018 began on 2017-12-30),
    // never further; ranges do not overlap, and 调休 workdays fall on weekends outside the ranges.
    [[nodiscard]] static Core::Result<> validate(const HolidayYear &year);
    [[nodiscard]] static QByteArray toJson(const QList<HolidayYear> &years);

    static constexpr int FormatVersion = 1;
    static constexpr int MaxRangeDays = 15; // the longest 放假调休 so far is 9 days: more is a typo
};

} // namespace GovDesk::Disclosure
