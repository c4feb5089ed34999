#include "Database.h"

#include "Logging.h"
#include "store/ProcessLock.h"
#include "store/SqliteError.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <cstring>
#include <sqlcipher/sqlite3.h>

namespace GovDesk::Core {

namespace {

constexpr char PlainSqliteMagic[] = "SQLite format 3";

Result<> runSql(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(SqliteError::from(rc, db));
    return {};
}

// Sends "PRAGMA key/rekey = "x'..'"" from a buffer that is wiped afterwards.
Result<> applyKey(sqlite3 *db, const char *pragma, const SecureBytes &key)
{
    const SecureBytes literal = rawKeyLiteral(key);
    const std::size_t prefix = std::strlen(pragma);
    SecureBytes sql(prefix + 4 + literal.size() + 2);
    std::memcpy(sql.data(), pragma, prefix);
    std::memcpy(sql.data() + prefix, " = \"", 4);
    std::memcpy(sql.data() + prefix + 4, literal.data(), literal.size());
    std::memcpy(sql.data() + prefix + 4 + literal.size(), "\"", 2); // includes the terminator
    return runSql(db, sql.constChar());
}

} // namespace

SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

Database::Database(sqlite3 *db, QString path, bool encrypted, std::unique_ptr<QLockFile> lock,
                   std::shared_ptr<DamageMark> damage)
    : m_db(db)
    , m_path(std::move(path))
    , m_encrypted(encrypted)
    , m_lock(std::move(lock))
    , m_damage(damage ? std::move(damage) : std::make_shared<DamageMark>())
    , m_statementCache(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    m_statementCache->close();
    if (m_db && sqlite3_close(m_db) != SQLITE_OK) {
        qCWarning(lcStore) << "closing with unfinalised statements:" << sqlite3_errmsg(m_db);
        sqlite3_close_v2(m_db);
    }
}

bool Database::looksLikePlainSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16).startsWith(PlainSqliteMagic);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &rawKey,
                                                 OpenOptions options)
{
    const bool encrypted = !rawKey.isEmpty();
    if (options.damage && options.damage->isSet() && !options.readOnly)
        return std::unexpected(options.damage->refusal(QStringLiteral("open for writing")));
    const QFileInfo info(path);
    if (!info.exists() && !options.create)
        return fail(ErrorCode::NotFound, tr("The database file %1 does not exist.").arg(path));

    if (info.exists() && info.size() > 0 && encrypted) {
        // Explain the failure before SQLCipher does: it would only say "not a database".
        if (looksLikePlainSqlite(path))
            return fail(ErrorCode::NotGovDeskDatabase, SqliteError::messageFor(ErrorCode::NotGovDeskDatabase),
                        QStringLiteral("unencrypted SQLite file"));
        if (info.size() % PageSize != 0)
            return fail(ErrorCode::Corrupt, SqliteError::messageFor(ErrorCode::Corrupt),
                        QStringLiteral("size %1 is not a multiple of the page size").arg(info.size()));
    }

    std::unique_ptr<QLockFile> lock;
    if (options.lockProfile && !options.readOnly) {
        auto acquired = acquireProcessLock(path + QStringLiteral(".lock"));
        if (!acquired)
            return std::unexpected(acquired.error());
        lock = std::move(*acquired);
    }

    int flags = SQLITE_OPEN_NOMUTEX | (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    std::unique_ptr<Database> database(
        new Database(db, path, encrypted, std::move(lock), std::move(options.damage)));
    if (rc != SQLITE_OK)
        return std::unexpected(SqliteError::from(rc, db, QStringLiteral("open")));
    sqlite3_extended_result_codes(db, 1);

    if (encrypted) {
        GD_TRY(applyKey(db, "PRAGMA key", rawKey));
        GD_TRY(runSql(db, "PRAGMA cipher_page_size = 4096"));
    }
    GD_TRY(database->prove(options.create && !options.readOnly, options.checkApplicationId));
    database->m_proven = true;
    GD_TRY(database->configure(options.readOnly));
    return database;
}

Result<> Database::prove(bool create, bool checkApplicationId)
{
    // The first read decrypts page 1: a wrong key or a foreign file fails here, before any write.
    auto tables = queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return std::unexpected(tables.error());
    auto appId = queryInt(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return std::unexpected(appId.error());
    if (*tables == 0 && *appId == 0) {
        if (!create)
            return checkApplicationId ? fail(ErrorCode::NotGovDeskDatabase,
                                             SqliteError::messageFor(ErrorCode::NotGovDeskDatabase),
                                             QStringLiteral("empty database"))
                                      : Result<>{};
        if (!m_encrypted)
            return execute(QStringLiteral("PRAGMA page_size = 4096"));
        return execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    }
    if (checkApplicationId && *appId != ApplicationId)
        return fail(ErrorCode::NotGovDeskDatabase, SqliteError::messageFor(ErrorCode::NotGovDeskDatabase),
                    QStringLiteral("application_id %1").arg(*appId));
    return {};
}

Result<> Database::configure(bool readOnly)
{
    sqlite3_busy_timeout(m_db, 5000);
    GD_TRY(execute(QStringLiteral("PRAGMA foreign_keys = ON")));
    // Every page-cache miss costs SQLCipher an AES decrypt and an HMAC check (~4.5 µs a page
    // here, see docs/benchmarks.md), so decrypted pages are cached generously. The cache grows
    // only as pages are read; a small profile never uses the whole budget.
    GD_TRY(execute(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB)));
    if (readOnly)
        return {};
    // WAL keeps readers and the writer apart; synchronous=FULL because county offices work for
    // days without a server: a committed change must survive a power cut, not only a crash.
    GD_TRY(execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")));
    return {};
}

Result<> Database::execute(const QString &sql)
{
    DamageMark *damage = provenDamage();
    const QByteArray utf8 = sql.toUtf8();
    if (!damage || !damage->isSet()) {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
        sqlite3_free(message);
        if (rc != SQLITE_OK)
            return std::unexpected(SqliteError::from(rc, m_db, {}, damage));
        return {};
    }
    // Damaged: one statement at a time, so that Statement refuses a write among them before it runs.
    const char *next = utf8.constData();
    while (next && *next) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, next, -1, &statement, &tail);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            return std::unexpected(SqliteError::from(rc, m_db, sql, damage));
        }
        next = tail;
        if (statement) // null for trailing white space or a comment
            GD_TRY(Statement(m_db, statement, m_damage).exec());
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc
        = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(SqliteError::from(rc, m_db, sql, provenDamage()));
    }
    return Statement(m_db, statement, m_proven ? m_damage : nullptr);
}

Result<Statement> Database::prepareCached(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt *statement = m_statementCache->take(utf8))
        return Statement(m_db, statement, m_proven ? m_damage : nullptr, m_statementCache);
    sqlite3_stmt *statement = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(SqliteError::from(rc, m_db, sql));
    }
    return Statement(m_db, statement, m_proven ? m_damage : nullptr, m_statementCache);
}

Result<qint64> Database::queryInt(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->int64(0) : 0;
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Result<QStringList> Database::integrityCheck(CheckDepth depth)
{
    // Every page is read once: through a small cache, or a large profile (the 审判 demo's 50,000
    // cases) would stay in memory after every unlock — 177 MB instead of 80 at idle.
    // Memory only: a damaged database may refuse the pragma, and the check must still report.
    (void)execute(QStringLiteral("PRAGMA cache_size = -%1").arg(CheckCacheKiB));
    auto problems = readIntegrity(depth);
    (void)execute(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB));
    return problems;
}

Result<QStringList> Database::readIntegrity(CheckDepth depth)
{
    auto statement = prepare(depth == CheckDepth::Quick ? QStringLiteral("PRAGMA quick_check")
                                                        : QStringLiteral("PRAGMA integrity_check"));
    if (!statement)
        return std::unexpected(statement.error());
    QStringList problems;
    for (;;) {
        auto row = statement->step();
        if (!row) {
            // An unreadable page (failed HMAC) stops the check: that is itself the finding.
            if (row.error().code == ErrorCode::Corrupt || row.error().code == ErrorCode::WrongPassphrase) {
                problems << row.error().detail;
                break;
            }
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        const QString line = statement->text(0);
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (!problems.isEmpty() && provenDamage()) {
        // The first lines name the bad page; the rest are usually its consequences.
        const QStringList lines
            = problems.join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString summary = lines.mid(0, 3).join(QStringLiteral("; "));
        if (lines.size() > 3)
            summary += QStringLiteral("; %1 more").arg(lines.size() - 3);
        m_damage->set(QStringLiteral("integrity check: ") + summary);
    }
    return problems;
}

Result<> Database::exportTo(const QString &targetPath, const SecureBytes &targetKey)
{
    if (QFileInfo::exists(targetPath))
        return fail(ErrorCode::AlreadyExists, tr("The file %1 already exists.").arg(targetPath));
    // ATTACH may not create files on a connection opened without SQLITE_OPEN_CREATE (we open
    // existing profiles that way so that a typo never creates one); an empty file is a new database.
    if (QFile target(targetPath); !target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io, SqliteError::messageFor(ErrorCode::Io), target.errorString());
    const SecureBytes literal = rawKeyLiteral(targetKey);
    auto attach = prepare(QStringLiteral("ATTACH DATABASE ?1 AS gd_export KEY ?2"));
    if (!attach)
        return std::unexpected(attach.error());
    attach->bind(1, targetPath);
    sqlite3_bind_text(attach->handle(), 2, literal.constChar(), static_cast<int>(literal.size()),
                      SQLITE_STATIC);
    GD_TRY(attach->exec());
    attach = Statement(); // finalise before DETACH

    auto result = [&]() -> Result<> {
        GD_TRY(execute(QStringLiteral("PRAGMA gd_export.cipher_page_size = 4096")));
        GD_TRY(execute(QStringLiteral("SELECT sqlcipher_export('gd_export')")));
        // sqlcipher_export copies schema and rows, not the header fields.
        GD_TRY(execute(QStringLiteral("PRAGMA gd_export.application_id = %1").arg(ApplicationId)));
        return {};
    }();
    const auto detached = execute(QStringLiteral("DETACH DATABASE gd_export"));
    if (!result) {
        QFile::remove(targetPath);
        return result;
    }
    if (!detached) {
        QFile::remove(targetPath);
        return detached;
    }
    return {};
}

Result<> Database::checkpoint()
{
    return execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

} // namespace GovDesk::Core
