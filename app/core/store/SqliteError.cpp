#include "SqliteError.h"

#include "store/DamageMark.h"

#include <sqlcipher/sqlite3.h>

namespace GovDesk::Core {

ErrorCode SqliteError::classify(int resultCode)
{
    switch (resultCode & 0xFF) {
    case SQLITE_NOTADB:
        return ErrorCode::WrongPassphrase; // refined by the caller: key check vs damaged file
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return ErrorCode::Corrupt;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Constraint;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Sql;
    }
}

QString SqliteError::messageFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return tr("The passphrase is wrong.");
    case ErrorCode::NotGovDeskDatabase:
        return tr("This file is not a GovDesk database.");
    case ErrorCode::Corrupt:
        return tr("The database file is damaged or truncated.");
    case ErrorCode::DiskFull:
        return tr("The disk is full; nothing was saved. Free some space and try again.");
    case ErrorCode::Locked:
        return tr("The profile is open in another GovDesk window.");
    case ErrorCode::Busy:
        return tr("The database is busy; try again in a moment.");
    case ErrorCode::Io:
        return tr("The database file could not be read or written.");
    case ErrorCode::ReadOnly:
        return tr("The database is read-only.");
    case ErrorCode::Constraint:
        return tr("The change conflicts with existing data.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    default:
        return tr("A database error occurred.");
    }
}

Error SqliteError::from(int resultCode, sqlite3 *db, const QString &context)
{
    const ErrorCode code = classify(resultCode);
    QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db))
                        : QString::fromUtf8(sqlite3_errstr(resultCode));
    detail = QStringLiteral("sqlite %1: %2").arg(resultCode).arg(detail);
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    return Error{code, messageFor(code), detail};
}

Error SqliteError::from(int resultCode, sqlite3 *db, const QString &context, DamageMark *damage)
{
    Error error = from(resultCode, db, context);
    if (!damage)
        return error;
    const int primary = resultCode & 0xFF;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        damage->set(error.detail);
    return damage->isSet() ? DamageMark::damageError(error.detail) : error;
}

} // namespace GovDesk::Core
