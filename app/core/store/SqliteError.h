// Maps SQLite/SQLCipher result codes to GovDesk errors with translated messages.
#pragma once

#include "Result.h"

#include <QCoreApplication>

struct sqlite3;

namespace GovDesk::Core {

class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)
public:
    [[nodiscard]] static ErrorCode classify(int resultCode);
    // The translated message for `code`, the SQLite message as the technical detail.
    [[nodiscard]] static Error from(int resultCode, sqlite3 *db, const QString &context = {});
    [[nodiscard]] static QString messageFor(ErrorCode code);
};

} // namespace GovDesk::Core
