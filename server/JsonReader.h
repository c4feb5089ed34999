// JsonReader: strict reading of request bodies. Every field must be known and of the right type,
// so that a client's typo is a 400 (unknown_field) and never silently dropped data.
#pragma once

#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace GovDesk::Server {

// Parses a request body that must be one JSON object (bad_json otherwise).
[[nodiscard]] ApiResult<QJsonObject> parseJsonObject(const QByteArray &body);

// Reads fields of one object. Getters never fail: they remember the first problem and return a
// default, so a parser reads top to bottom and calls finish() once.
class JsonReader
{
public:
    // `where` names the object in messages: "request", "ops[3]".
    JsonReader(QJsonObject object, QString where);

    [[nodiscard]] QString requiredString(const QString &key);
    [[nodiscard]] std::optional<QString> optionalString(const QString &key);
    [[nodiscard]] qint64 requiredInteger(const QString &key);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString &key);
    [[nodiscard]] std::optional<double> optionalNumber(const QString &key);
    [[nodiscard]] bool optionalBool(const QString &key, bool fallback);
    [[nodiscard]] std::optional<QJsonObject> optionalObject(const QString &key);
    [[nodiscard]] QJsonArray requiredArray(const QString &key);
    [[nodiscard]] std::optional<QStringList> optionalStringList(const QString &key);

    // Unknown fields first (a typo explains the "missing" field that follows), then the first
    // type or presence problem.
    [[nodiscard]] ApiResult<> finish() const;

private:
    [[nodiscard]] std::optional<QJsonValue> take(const QString &key, bool required);
    [[nodiscard]] std::optional<qint64> integer(const QString &key, const QJsonValue &value);
    void typeError(const QString &key, const char *expected);
    [[nodiscard]] QString field(const QString &key) const;

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_known;
    std::optional<ApiError> m_error;
};

} // namespace GovDesk::Server

namespace GovDesk::Server {

// Query parameters follow the same rule as JSON fields: unknown ones are refused.
[[nodiscard]] ApiResult<> checkQueryKeys(const QUrlQuery &query, const QStringList &known);
// nullopt when absent; bad_value when not a non-negative integer.
[[nodiscard]] ApiResult<std::optional<qint64>> queryInteger(const QUrlQuery &query, const QString &key);

} // namespace GovDesk::Server
