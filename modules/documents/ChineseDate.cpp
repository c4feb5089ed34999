#include "ChineseDate.h"

#include <QRegularExpression>

namespace GovDesk::Documents {

QString formatChineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    // QDate::toString would localise; the standard's form is fixed whatever the UI language.
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QDate parseChineseDate(QStringView text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"));
    const auto match = form.match(text.trimmed().toString());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString formatPrintedLine(const QString &printedBy, const QDate &printedOn)
{
    if (printedBy.trimmed().isEmpty() || !printedOn.isValid())
        return {};
    return printedBy.trimmed() + QLatin1Char(' ') + formatChineseDate(printedOn) + QStringLiteral("印发");
}

} // namespace GovDesk::Documents
