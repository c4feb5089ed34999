// ProfileSettings: per-profile settings kept in the encrypted database, so they travel with the profile.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace GovDesk::Core {

class Database;

// Server URL, proxy and module options belong to a profile, not to the machine: kept here they
// are encrypted with it, backed up with it and gone with it, unlike QSettings in the home folder.
class ProfileSettings
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSettings)
public:
    explicit ProfileSettings(Database &db);

    static constexpr const char *MigrationOwner = "core.settings";
    [[nodiscard]] static QList<Migration> migrations();

    // `scope` is "core" or a module id; scopes never see each other's keys. Values are stored as
    // JSON (QJsonValue::fromVariant), so they come back as JSON gives them: strings as QString,
    // bools as bool, whole numbers as qint64 (also a double such as 3.0), other numbers as double,
    // lists as QVariantList (also a QStringList) and maps as QVariantMap.
    [[nodiscard]] Result<QVariant> value(const QString &scope, const QString &key,
                                         const QVariant &defaultValue = {}) const;
    // Refuses values JSON cannot hold (null, an invalid QVariant, types without a JSON form):
    // remove() is how a setting goes back to its default.
    [[nodiscard]] Result<> setValue(const QString &scope, const QString &key, const QVariant &value);
    // Removing a key that is not set is not an error.
    [[nodiscard]] Result<> remove(const QString &scope, const QString &key);
    // The scope's keys in code-point order.
    [[nodiscard]] Result<QStringList> keys(const QString &scope) const;

private:
    Database *m_db;
};

} // namespace GovDesk::Core
