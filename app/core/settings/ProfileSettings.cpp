#include "ProfileSettings.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QtNumeric>

namespace GovDesk::Core {

namespace {

// A JSON document must be an array or an object, so a value is stored wrapped in a one-element
// array: "[\"https://oa.example.gov.cn\"]", "[8080]", "[true]".
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

Result<> checkScope(const QString &scope)
{
    if (scope.isEmpty())
        return fail(ErrorCode::InvalidArgument, ProfileSettings::tr("A setting needs a scope."),
                    QStringLiteral("empty scope"));
    return {};
}

Result<> checkScopeAndKey(const QString &scope, const QString &key)
{
    GD_TRY(checkScope(scope));
    if (key.isEmpty())
        return fail(ErrorCode::InvalidArgument, ProfileSettings::tr("A setting needs a name."),
                    QStringLiteral("empty key"));
    return {};
}

} // namespace

ProfileSettings::ProfileSettings(Database &db)
    : m_db(&db)
{
}

QList<Migration> ProfileSettings::migrations()
{
    return {
        {.version = 1,
         .description = QStringLiteral("profile_settings: JSON values by scope and key"),
         .sql = QStringLiteral("CREATE TABLE profile_settings ("
                               " scope TEXT NOT NULL CHECK (scope <> ''),"
                               " key TEXT NOT NULL CHECK (key <> ''),"
                               " value TEXT NOT NULL,"
                               " PRIMARY KEY (scope, key)) WITHOUT ROWID")},
    };
}

Result<QVariant> ProfileSettings::value(const QString &scope, const QString &key,
                                        const QVariant &defaultValue) const
{
    GD_TRY(checkScopeAndKey(scope, key));
    auto select
        = m_db->prepare(QStringLiteral("SELECT value FROM profile_settings WHERE scope = ?1 AND key = ?2"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, scope).bind(2, key);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return defaultValue;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(select->text(0).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return fail(ErrorCode::Corrupt, tr("A stored setting cannot be read."),
                    QStringLiteral("scope %1 key %2: not a one-element JSON array (%3)")
                        .arg(scope, key, parseError.errorString()));
    return document.array().first().toVariant();
}

Result<> ProfileSettings::setValue(const QString &scope, const QString &key, const QVariant &value)
{
    GD_TRY(checkScopeAndKey(scope, key));
    const QJsonValue json = QJsonValue::fromVariant(value);
    // fromVariant() turns what JSON cannot hold into null, and JSON text writes NaN and infinity
    // as null: stored, either would read back as neither the value nor the default.
    if (json.isNull() || json.isUndefined() || (json.isDouble() && !qIsFinite(json.toDouble())))
        return fail(ErrorCode::InvalidArgument, tr("This value cannot be stored as a setting."),
                    QStringLiteral("scope %1 key %2: %3 has no JSON form")
                        .arg(scope, key, QString::fromLatin1(value.metaType().name())));
    // One statement: atomic by itself, and part of the caller's transaction when one is open.
    // (SQLite 3.15 has no UPSERT; REPLACE is equivalent here, with no triggers or rowid to keep.)
    auto replace = m_db->prepare(
        QStringLiteral("INSERT OR REPLACE INTO profile_settings (scope, key, value) VALUES (?1, ?2, ?3)"));
    if (!replace)
        return std::unexpected(replace.error());
    replace->bind(1, scope).bind(2, key).bind(3, encode(json));
    return replace->exec();
}

Result<> ProfileSettings::remove(const QString &scope, const QString &key)
{
    GD_TRY(checkScopeAndKey(scope, key));
    auto remove = m_db->prepare(QStringLiteral("DELETE FROM profile_settings WHERE scope = ?1 AND key = ?2"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, scope).bind(2, key);
    return remove->exec();
}

Result<QStringList> ProfileSettings::keys(const QString &scope) const
{
    GD_TRY(checkScope(scope));
    // BINARY collation on UTF-8 text: code-point order, whatever the locale.
    auto select
        = m_db->prepare(QStringLiteral("SELECT key FROM profile_settings WHERE scope = ?1 ORDER BY key"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, scope);
    QStringList result;
    GD_TRY(select->forEachRow([&](const Statement &) {
        result << select->text(0);
    }));
    return result;
}

} // namespace GovDesk::Core
