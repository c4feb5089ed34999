// ChineseDate: dates as GB/T 9704 prints them — 成文日期 「2014年4月16日」, 印发日期 in the 版记.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace GovDesk::Documents {

// 「2014年4月16日」: Arabic digits, full year, no leading zeros (7.3.5.1). Empty for an invalid date.
[[nodiscard]] QString formatChineseDate(const QDate &date);

// Reads what formatChineseDate() writes, with or without leading zeros; an invalid date otherwise.
[[nodiscard]] QDate parseChineseDate(QStringView text);

// The 版记's last line: 「广西壮族自治区人民政府办公厅 2014年4月18日印发」 (7.4.3). Empty unless
// both parts are there.
[[nodiscard]] QString formatPrintedLine(const QString &printedBy, const QDate &printedOn);

} // namespace GovDesk::Documents
