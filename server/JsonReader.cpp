#include "JsonReader.h"

#include "sync/ProtocolRules.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace GovDesk::Server {

ApiResult<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(ApiError::badJson(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset)));
    if (!document.isObject())
        return std::unexpected(ApiError::badJson(QStringLiteral("The body must be a JSON object.")));
    return document.object();
}

JsonReader::JsonReader(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{
}

QString JsonReader::field(const QString &key) const
{
    return QStringLiteral("\"%1\" in %2").arg(key, m_where);
}

std::optional<QJsonValue> JsonReader::take(const QString &key, bool required)
{
    m_known.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required && !m_error)
            m_error = ApiError::missingField(QStringLiteral("Missing field %1.").arg(field(key)));
        return std::nullopt;
    }
    return *it;
}

void JsonReader::typeError(const QString &key, const char *expected)
{
    if (!m_error)
        m_error = ApiError::badValue(QStringLiteral("Field %1 must be %2.").arg(field(key), QLatin1String(expected)));
}

QString JsonReader::requiredString(const QString &key)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        typeError(key, "a string");
        return {};
    }
    return value->toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        typeError(key, "a string");
        return std::nullopt;
    }
    return value->toString();
}

std::optional<qint64> JsonReader::integer(const QString &key, const QJsonValue &value)
{
    const std::optional<qint64> number = Core::ProtocolRules::exactInteger(value);
    if (!number)
        typeError(key, "an integer");
    return number;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const auto value = take(key, false);
    return value ? integer(key, *value) : std::nullopt;
}

qint64 JsonReader::requiredInteger(const QString &key)
{
    const auto value = take(key, true);
    return value ? integer(key, *value).value_or(0) : 0;
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        typeError(key, "a number");
        return std::nullopt;
    }
    return value->toDouble();
}

bool JsonReader::optionalBool(const QString &key, bool fallback)
{
    const auto value = take(key, false);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        typeError(key, "true or false");
        return fallback;
    }
    return value->toBool();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString &key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        typeError(key, "a JSON object");
        return std::nullopt;
    }
    return value->toObject();
}

QJsonArray JsonReader::requiredArray(const QString &key)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    if (!value->isArray()) {
        typeError(key, "an array");
        return {};
    }
    return value->toArray();
}

std::optional<QStringList> JsonReader::optionalStringList(const QString &key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    std::optional<QStringList> strings = Core::ProtocolRules::stringList(*value);
    if (!strings)
        typeError(key, "an array of strings");
    return strings;
}

ApiResult<> JsonReader::finish() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            return std::unexpected(ApiError::unknownField(QStringLiteral("Unknown field %1.").arg(field(it.key()))));
    }
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

} // namespace GovDesk::Server

namespace GovDesk::Server {

ApiResult<> checkQueryKeys(const QUrlQuery &query, const QStringList &known)
{
    for (const auto &[key, value] : query.queryItems()) {
        if (!known.contains(key))
            return std::unexpected(ApiError::unknownField(QStringLiteral("Unknown query parameter \"%1\".").arg(key)));
    }
    return {};
}

ApiResult<std::optional<qint64>> queryInteger(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 0)
        return std::unexpected(ApiError::badValue(QStringLiteral("Query parameter \"%1\" must be a non-negative integer.").arg(key)));
    return std::optional<qint64>(value);
}

} // namespace GovDesk::Server
