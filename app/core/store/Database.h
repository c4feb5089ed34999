// Database: one SQLCipher connection (RAII), opened with a raw 256-bit key and proven before use.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "store/DamageMark.h"
#include "store/Statement.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

struct sqlite3;
class QLockFile;

namespace GovDesk::Core {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // 'GDK1': set on creation, checked on open, so that another app's SQLCipher file is refused.
    static constexpr int ApplicationId = 0x47444B31;
    static constexpr int PageSize = 4096;
    static constexpr int CacheKiB = 128 * 1024;
    static constexpr int CheckCacheKiB = 2 * 1024; // while integrityCheck reads every page

    struct OpenOptions
    {
        bool create = false;     // create the file when missing (fails if it exists and is not empty)
        bool readOnly = false;   // never write, not even the journal mode
        bool lockProfile = true; // refuse a second GovDesk process on the same file
        bool checkApplicationId = true;
        // Shared with the other connections to the same file (the session's and the sync
        // worker's), so that damage found by one stops the writes of all. Null: a mark of its own.
        std::shared_ptr<DamageMark> damage;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // An empty key opens a plain SQLite file (benchmarks' baseline only; never a profile).
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString &path, const SecureBytes &rawKey, OpenOptions options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const SecureBytes &rawKey)
    {
        return open(path, rawKey, OpenOptions{});
    }

    // One or more statements without parameters or results (DDL, pragmas).
    [[nodiscard]] Result<> execute(const QString &sql);
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    // The same, reusing a handle of an earlier statement with this exact SQL (StatementCache):
    // for statements run again and again (per record of a pull, per outbox op).
    [[nodiscard]] Result<Statement> prepareCached(const QString &sql);
    // Convenience for a query returning one integer (count(*), pragma values).
    [[nodiscard]] Result<qint64> queryInt(const QString &sql);

    enum class CheckDepth {
        Quick, // PRAGMA quick_check: every page read (so every page HMAC checked), no index contents
        Full,  // PRAGMA integrity_check: also every index entry against its table
    };
    // PRAGMA integrity_check or quick_check (and SQLCipher's page HMACs on every page it reads).
    // An empty list means the database is sound; problems also set the damage mark.
    [[nodiscard]] Result<QStringList> integrityCheck(CheckDepth depth = CheckDepth::Full);
    // Stops what runs on this connection on another thread as soon as SQLite looks (the statement
    // fails, nothing is marked); safe from any thread.
    void interrupt();
    // Once set, every statement that would write is refused with the damage error.
    [[nodiscard]] bool isDamaged() const { return m_damage->isSet(); }
    [[nodiscard]] const std::shared_ptr<DamageMark> &damage() const { return m_damage; }

    // Writes a complete, encrypted copy of this database to `targetPath` under `targetKey`
    // (sqlcipher_export). The target must not exist. Used by backup and rekey.
    [[nodiscard]] Result<> exportTo(const QString &targetPath, const SecureBytes &targetKey);

    // Moves all WAL content into the main file, so that the file alone is complete.
    [[nodiscard]] Result<> checkpoint();

    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    // Rows changed by every statement since the connection opened: compared before and after a
    // write, whether it changed anything.
    [[nodiscard]] qint64 totalChanges() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // Byte-level checks that need no key: used to explain a failed open.
    [[nodiscard]] static bool looksLikePlainSqlite(const QString &path);

private:
    [[nodiscard]] Result<QStringList> readIntegrity(CheckDepth depth);
    Database(sqlite3 *db, QString path, bool encrypted, std::unique_ptr<QLockFile> lock,
             std::shared_ptr<DamageMark> damage);
    // The mark for errors once the key is proven; before, a failure is a failed open, not damage.
    [[nodiscard]] DamageMark *provenDamage() const { return m_proven ? m_damage.get() : nullptr; }
    [[nodiscard]] Result<> prove(bool create, bool checkApplicationId);
    [[nodiscard]] Result<> configure(bool readOnly);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_encrypted = false;
    std::unique_ptr<QLockFile> m_lock;
    std::shared_ptr<DamageMark> m_damage;
    bool m_proven = false;
    std::shared_ptr<StatementCache> m_statementCache; // closed before the connection
};

// Builds the SQLCipher raw-key literal "x'<hex>'" in a secure buffer.
[[nodiscard]] SecureBytes rawKeyLiteral(const SecureBytes &key);

} // namespace GovDesk::Core
