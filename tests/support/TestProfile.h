// Shared fixtures for GovDesk tests: keys, file damage, temporary profile roots.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QByteArray>
#include <QString>

namespace GovDesk::Test {

// A deterministic 32-byte raw key (tests only).
[[nodiscard]] Core::SecureBytes testKey(unsigned char fill = 0x42);

// Opens (or creates) an encrypted database at `path` under testKey() with one service's schema:
// the fixture of every core service test.
[[nodiscard]] Core::Result<std::unique_ptr<Core::Database>> openWithSchema(const QString &path, const char *owner,
                                                                         const QList<Core::Migration> &migrations,
                                                                         bool create);

[[nodiscard]] QByteArray readHead(const QString &path, qint64 bytes = 16);
[[nodiscard]] QByteArray fileSha256(const QString &path);
// Flips every bit of the byte at `offset`, as a failing disk or a careless copy would.
[[nodiscard]] bool flipByte(const QString &path, qint64 offset);
[[nodiscard]] bool truncateFile(const QString &path, qint64 size);
// Writes 32 random bytes into the page in the middle of the file (a bad sector, a stray write):
// that page's HMAC no longer matches. Returns the page's index, or -1.
[[nodiscard]] qint64 damageMiddlePage(const QString &path);
// True when the file does not start with the plain SQLite header (callers checkpoint first).
[[nodiscard]] bool isEncryptedOnDisk(const QString &path);

} // namespace GovDesk::Test

// QVERIFY for a Result: fails with the error's text. (QVERIFY2 would format the message even on
// success, and reading error() of a Result that holds a value is undefined.)
#define GD_VERIFY(result)                                                                          \
    do {                                                                                           \
        const auto &gdVerified_ = (result);                                                        \
        if (!gdVerified_)                                                                          \
            QFAIL(qPrintable(gdVerified_.error().fullText()));                                     \
    } while (false)
