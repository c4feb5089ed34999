#include "ImportSchema.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace GovDesk::Core {

const ImportField *ImportSchema::field(const QString &key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &fields.at(index);
}

qsizetype ImportSchema::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

namespace {

QString normalisedHeader(const QString &header)
{
    QString simple = header.simplified().toCaseFolded();
    simple.remove(QLatin1Char(' '));
    return simple;
}

// "1,234.5" as spreadsheets write it: commas only between groups of three digits.
QString withoutGrouping(const QString &text)
{
    static const QRegularExpression Grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (!Grouped.match(text).hasMatch())
        return text;
    QString plain = text;
    plain.remove(QLatin1Char(','));
    return plain;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression Pattern(
        QStringLiteral("^(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?$"));
    const auto match = Pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression Pattern(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[ T](\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?$"));
    const auto match = Pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // 雨水情 and other government data are kept in Beijing time.
    return QDateTime(date, time, QTimeZone(8 * 3600));
}

// A field's pattern compiled once per thread: a file of 50,000 rows matched it 50,000 times, and
// compiling (and JIT-compiling) it for each cell took half of the import's time.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto found = compiled.find(pattern);
    if (found == compiled.end())
        found = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *found;
}

} // namespace

QVariant ImportCells::convert(const ImportField &field, const QString &cell, QString *reason)
{
    QVariant value = convertType(field, cell, reason);
    if (field.check && reason->isEmpty() && !value.isNull())
        *reason = field.check(value);
    return reason->isEmpty() ? value : QVariant();
}

QVariant ImportCells::convertType(const ImportField &field, const QString &cell, QString *reason)
{
    const QString text = cell.trimmed();
    if (text.isEmpty()) {
        if (field.required)
            *reason = tr("%1 is empty.").arg(field.label);
        return {};
    }
    switch (field.type) {
    case ImportFieldType::Text:
        if (!field.pattern.isEmpty()) {
            if (!compiledPattern(field.pattern).match(text).hasMatch()) {
                *reason = tr("「%1」 is not a valid %2 (%3).").arg(text, field.label, field.patternHint);
                return {};
            }
        }
        return text;
    case ImportFieldType::Integer:
    case ImportFieldType::Decimal: {
        bool ok = false;
        const double value = QLocale::c().toDouble(withoutGrouping(text), &ok);
        if (!ok || !std::isfinite(value)) {
            *reason = tr("「%1」 is not a number (%2).").arg(text, field.label);
            return {};
        }
        if (field.type == ImportFieldType::Integer && value != std::floor(value)) {
            *reason = tr("「%1」 is not a whole number (%2).").arg(text, field.label);
            return {};
        }
        if ((field.minimum && value < *field.minimum) || (field.maximum && value > *field.maximum)) {
            *reason
                = tr("%1 %2 is outside the plausible range %3 to %4.")
                      .arg(field.label, text, field.minimum ? number(*field.minimum) : QStringLiteral("−∞"),
                           field.maximum ? number(*field.maximum) : QStringLiteral("∞"));
            return {};
        }
        if (field.type == ImportFieldType::Integer)
            return QVariant::fromValue(qlonglong(value));
        return value;
    }
    case ImportFieldType::Date:
        if (auto date = parseDate(text))
            return *date;
        *reason = tr("「%1」 is not a date such as 2026-06-18 (%2).").arg(text, field.label);
        return {};
    case ImportFieldType::DateTime:
        if (auto at = parseDateTime(text))
            return *at;
        *reason = tr("「%1」 is not a time such as 2026-06-18 08:00 (%2).").arg(text, field.label);
        return {};
    }
    return {};
}

ColumnMapping ImportCells::suggestMapping(const ImportSchema &schema, const QStringList &headers)
{
    ColumnMapping mapping;
    for (const ImportField &field : schema.fields) {
        QStringList names = field.headers;
        names << field.key << field.label;
        for (qsizetype column = 0; column < headers.size() && !mapping.contains(field.key); ++column) {
            const QString header = normalisedHeader(headers.at(column));
            for (const QString &name : names) {
                if (normalisedHeader(name) == header) {
                    mapping.insert(field.key, int(column));
                    break;
                }
            }
        }
    }
    return mapping;
}

} // namespace GovDesk::Core
