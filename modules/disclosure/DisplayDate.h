// How the 信息公开 pages show a date: 2026年12月6日 in Chinese, ISO in English.
#pragma once

#include <QCoreApplication>
#include <QDate>

namespace GovDesk::Disclosure {

[[nodiscard]] inline QString displayDate(QDate date)
{
    //: Date format of the 信息公开 pages (QDate::toString); zh_CN: yyyy年M月d日
    return date.isValid()
               ? date.toString(QCoreApplication::translate("GovDesk::Disclosure::DisplayDate", "yyyy-MM-dd"))
               : QString();
}

} // namespace GovDesk::Disclosure
