// Maps SQLite/SQLCipher result codes to GovDesk errors with translated messages.
#pragma once

#include "Result.h"

#include <QCoreApplication>

struct sqlite3;

namespace GovDesk::Core {
class DamageMark;
}

namespace GovDesk::Core {

class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)
public:
    [[nodiscard]] static ErrorCode classify(int resultCode);
    // The translated message for `code`, the SQLite message as the technical detail.
    [[nodiscard]] static Error from(int resultCode, sqlite3 *db, const QString &context = {});
    // The same on a connection whose key was proven (`damage` not null): a page failing its HMAC
    // (SQLITE_CORRUPT; SQLITE_NOTADB for page 1) sets the mark, and once it is set every failure
    // is the damage error: SQLCipher answers later reads of the same transaction with a bare
    // SQLITE_ERROR, which would otherwise read as a generic database error.
    [[nodiscard]] static Error from(int resultCode, sqlite3 *db, const QString &context, DamageMark *damage);
    [[nodiscard]] static QString messageFor(ErrorCode code);
};

} // namespace GovDesk::Core
