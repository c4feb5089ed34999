#include "HolidaySchedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

QDate isoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString weekdayName(QDate day)
{
    return QLocale().dayName(day.dayOfWeek());
}

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

} // namespace

Core::Result<QList<HolidayYear>> HolidaySchedule::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        //: 节假日数据不是有效的 JSON（第 %1 个字符：%2）
        return fail(ErrorCode::InvalidArgument,
                    tr("The holiday data is not valid JSON (at character %1: %2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != FormatVersion
        || !root.value(QLatin1String("years")).isArray())
        //: 节假日数据格式不符：应为 format %1，含 years 数组。
        return fail(ErrorCode::InvalidArgument,
                    tr("The holiday data has the wrong shape: expected format %1 with a list of years.")
                        .arg(FormatVersion));

    QList<HolidayYear> years;
    QSet<int> seen;
    const QJsonArray entries = root.value(QLatin1String("years")).toArray();
    for (const QJsonValue &entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        HolidayYear year;
        year.year = entry.value(QLatin1String("year")).toInt();
        const QJsonObject notice = entry.value(QLatin1String("notice")).toObject();
        year.notice = {.title = notice.value(QLatin1String("title")).toString().trimmed(),
                       .number = notice.value(QLatin1String("number")).toString().trimmed(),
                       .published = isoDate(notice.value(QLatin1String("published"))),
                       .source = notice.value(QLatin1String("source")).toString().trimmed()};
        const QJsonArray holidays = entry.value(QLatin1String("holidays")).toArray();
        for (const QJsonValue &value : holidays) {
            const QJsonObject range = value.toObject();
            year.holidays.append({.name = range.value(QLatin1String("name")).toString().trimmed(),
                                  .from = isoDate(range.value(QLatin1String("from"))),
                                  .to = isoDate(range.value(QLatin1String("to")))});
        }
        const QJsonArray workdays = entry.value(QLatin1String("workdays")).toArray();
        for (const QJsonValue &value : workdays) {
            const QJsonObject workday = value.toObject();
            year.workdays.append({.date = isoDate(workday.value(QLatin1String("date"))),
                                  .holiday = workday.value(QLatin1String("holiday")).toString().trimmed()});
        }
        GD_TRY(validate(year));
        if (seen.contains(year.year))
            //: 节假日数据中 %1 年出现了两次。
            return fail(ErrorCode::InvalidArgument,
                        tr("The holiday data lists the year %1 twice.").arg(year.year));
        seen.insert(year.year);
        years.append(year);
    }
    return years;
}

Core::Result<> HolidaySchedule::validate(const HolidayYear &year)
{
    if (year.year < 2000 || year.year > 2100)
        //: 节假日数据的年份 %1 无效。
        return fail(ErrorCode::InvalidArgument,
                    tr("The holiday data has an invalid year: %1.").arg(year.year));
    const QString y = QString::number(year.year);
    if (year.notice.title.isEmpty() || !year.notice.published.isValid())
        //: %1 年：缺少放假通知的标题或发布日期（如“国务院办公厅关于%1年部分节假日安排的通知”）。
        return fail(ErrorCode::InvalidArgument,
                    tr("%1: the title or publication date of the holiday notice is missing "
                       "(e.g. 国务院办公厅关于%1年部分节假日安排的通知).")
                        .arg(y));
    if (year.holidays.isEmpty())
        //: %1 年：未列出任何法定节假日。
        return fail(ErrorCode::InvalidArgument, tr("%1: no public holidays are listed.").arg(y));

    // Late December of the year before is the only spill-over a notice has ever had (元旦).
    const QDate first(year.year - 1, 12, 1);
    const QDate last(year.year, 12, 31);
    const auto outside = [&](QDate day) {
        return day < first || day > last;
    };

    for (qsizetype i = 0; i < year.holidays.size(); ++i) {
        const HolidayRange &range = year.holidays.at(i);
        if (range.name.isEmpty())
            //: %1 年：第 %2 个节假日没有名称。
            return fail(ErrorCode::InvalidArgument, tr("%1: holiday %2 has no name.").arg(y).arg(i + 1));
        if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
            //: %1 年%2：放假日期无效（起止日期须为 YYYY-MM-DD，且起始不晚于结束）。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 %2: invalid dates (from and to must be YYYY-MM-DD, from not after to).")
                            .arg(y, range.name));
        if (outside(range.from) || outside(range.to))
            //: %1 年%2：日期不在该年度内。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 %2: the dates are outside the year.").arg(y, range.name));
        if (range.from.daysTo(range.to) + 1 > MaxRangeDays)
            //: %1 年%2：放假共 %3 天，超过 %4 天，请核对通知。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 %2: %3 days off is more than %4; check the notice.")
                            .arg(y, range.name)
                            .arg(range.from.daysTo(range.to) + 1)
                            .arg(MaxRangeDays));
        for (qsizetype j = 0; j < i; ++j) {
            const HolidayRange &other = year.holidays.at(j);
            if (range.from <= other.to && other.from <= range.to)
                //: %1 年：%2 与 %3 的放假日期重叠。
                return fail(ErrorCode::InvalidArgument,
                            tr("%1: the dates of %2 and %3 overlap.").arg(y, other.name, range.name));
        }
    }

    QSet<QDate> workdays;
    for (const MakeupWorkday &workday : year.workdays) {
        if (!workday.date.isValid() || outside(workday.date))
            //: %1 年：调休上班日期无效或不在该年度内。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1: a 调休 workday has an invalid date or lies outside the year.").arg(y));
        const QString date = workday.date.toString(Qt::ISODate);
        if (!isWeekend(workday.date))
            //: %1 年：调休上班日 %2 是%3，不是周六或周日。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1: the 调休 workday %2 is a %3, not a Saturday or Sunday.")
                            .arg(y, date, weekdayName(workday.date)));
        for (const HolidayRange &range : year.holidays) {
            if (range.contains(workday.date))
                //: %1 年：调休上班日 %2 落在%3假期内。
                return fail(ErrorCode::InvalidArgument,
                            tr("%1: the 调休 workday %2 falls within %3.").arg(y, date, range.name));
        }
        if (workdays.contains(workday.date))
            //: %1 年：调休上班日 %2 重复。
            return fail(ErrorCode::InvalidArgument,
                        tr("%1: the 调休 workday %2 is listed twice.").arg(y, date));
        workdays.insert(workday.date);
    }
    return {};
}

QByteArray HolidaySchedule::toJson(const QList<HolidayYear> &years)
{
    QJsonArray entries;
    for (const HolidayYear &year : years) {
        QJsonArray holidays;
        for (const HolidayRange &range : year.holidays)
            holidays.append(QJsonObject{{QStringLiteral("name"), range.name},
                                        {QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                                        {QStringLiteral("to"), range.to.toString(Qt::ISODate)}});
        QJsonArray workdays;
        for (const MakeupWorkday &workday : year.workdays)
            workdays.append(QJsonObject{{QStringLiteral("date"), workday.date.toString(Qt::ISODate)},
                                        {QStringLiteral("holiday"), workday.holiday}});
        entries.append(QJsonObject{
            {QStringLiteral("year"), year.year},
            {QStringLiteral("notice"),
             QJsonObject{{QStringLiteral("title"), year.notice.title},
                         {QStringLiteral("number"), year.notice.number},
                         {QStringLiteral("published"), year.notice.published.toString(Qt::ISODate)},
                         {QStringLiteral("source"), year.notice.source}}},
            {QStringLiteral("holidays"), holidays},
            {QStringLiteral("workdays"), workdays}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), FormatVersion}, {QStringLiteral("years"), entries}})
        .toJson(QJsonDocument::Indented);
}

} // namespace GovDesk::Disclosure
