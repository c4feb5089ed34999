#include "ProtocolRules.h"

#include <QJsonArray>
#include <cmath>

namespace GovDesk::Core::ProtocolRules {

namespace {

// Integers travel as JSON numbers (doubles): beyond 2^53 they are no longer exact.
constexpr double MaxExactInteger = 9007199254740992.0;

bool isLowerAlpha(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isControlOrSeparator(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator
           || c == QChar::ParagraphSeparator;
}

} // namespace

bool isValidCollection(QStringView collection)
{
    // Hand-written instead of a QRegularExpression: the same answer, and no pattern to keep in sync.
    if (collection.isEmpty() || collection.size() > MaxCollectionLength)
        return false;
    bool segmentStart = true;
    for (const QChar c : collection) {
        if (segmentStart) {
            if (!isLowerAlpha(c))
                return false;
            segmentStart = false;
        } else if (c == u'.') {
            segmentStart = true;
        } else if (!isLowerAlpha(c) && !(c >= u'0' && c <= u'9') && c != u'_') {
            return false;
        }
    }
    return !segmentStart;
}

bool isValidRecordId(QStringView recordId)
{
    if (recordId.isEmpty() || recordId.size() > MaxRecordIdLength || recordId.trimmed().isEmpty())
        return false;
    for (const QChar c : recordId) {
        if (isControlOrSeparator(c))
            return false;
    }
    return true;
}

bool isValidOpId(QStringView opId)
{
    return !opId.isEmpty() && opId.size() <= MaxOpIdLength;
}

bool isValidBlobId(QStringView sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        if (!(c >= u'0' && c <= u'9') && !(c >= u'a' && c <= u'f'))
            return false;
    }
    return true;
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > MaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        strings << item.toString();
    }
    return strings;
}

} // namespace GovDesk::Core::ProtocolRules
