#include "AuditLog.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>


#include <utility>

namespace GovDesk::Core {

namespace {

constexpr int HashHexLength = 64;

const QString SelectColumns = QStringLiteral(
    "SELECT sequence, at, actor, event, subject, detail, previous_hash, hash FROM audit_log");

QString formatAt(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The stored timestamp text is what is hashed, not a reformatted QDateTime: any edit of the
// column, even one that parses to the same instant, then shows up as an altered entry.
QByteArray canonical(qint64 sequence, const QString &at, const AuditEntry &entry)
{
    // QJsonObject keeps its keys sorted, so this serialisation is deterministic at every level.
    return compactJson(QJsonObject{
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("at"), at},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("event"), entry.event},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("detail"), entry.detail},
    });
}

QByteArray hashOf(const QByteArray &previousHash, const QByteArray &canonicalForm)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonicalForm);
    return hash.result().toHex();
}

// A row as stored, with what verify() needs beyond the AuditEntry view of it.
struct StoredRow
{
    AuditEntry entry;
    QString atText;
    bool detailReadable = true;
};

StoredRow readRow(const Statement &statement)
{
    StoredRow row;
    row.entry.sequence = statement.int64(0);
    row.atText = statement.text(1);
    row.entry.at = QDateTime::fromString(row.atText, Qt::ISODateWithMs);
    row.entry.actor = statement.text(2);
    row.entry.event = statement.text(3);
    row.entry.subject = statement.text(4);
    QJsonParseError parseError;
    const QJsonDocument detail = QJsonDocument::fromJson(statement.text(5).toUtf8(), &parseError);
    row.detailReadable = parseError.error == QJsonParseError::NoError && detail.isObject();
    row.entry.detail = detail.object();
    row.entry.previousHash = statement.text(6).toUtf8();
    row.entry.hash = statement.text(7).toUtf8();
    return row;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(&db)
{
}

QList<Migration> AuditLog::migrations()
{
    return {
        {.version = 1,
         .description = QStringLiteral("audit_log: hash-chained entries, append-only triggers"),
         // The triggers keep honest code from rewriting history; verify() catches whoever drops them.
         .sql = QStringLiteral("CREATE TABLE audit_log ("
                               " sequence INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL DEFAULT '',"
                               " event TEXT NOT NULL,"
                               " subject TEXT NOT NULL DEFAULT '',"
                               " detail TEXT NOT NULL DEFAULT '{}',"
                               " previous_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL);"
                               "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;"
                               "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                               " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;")},
    };
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(HashHexLength, '0');
}

QByteArray AuditLog::canonicalForm(const AuditEntry &entry)
{
    return canonical(entry.sequence, formatAt(entry.at), entry);
}

QByteArray AuditLog::computeHash(const QByteArray &previousHash, const AuditEntry &entry)
{
    return hashOf(previousHash, canonicalForm(entry));
}

Result<AuditEntry> AuditLog::append(const QString &event, const QString &subject, const QJsonObject &detail,
                                    const QString &actor, const QDateTime &at)
{
    if (event.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("An audit entry needs an event."),
                    QStringLiteral("empty event identifier"));
    if (!at.isNull() && !at.isValid())
        return fail(ErrorCode::InvalidArgument, tr("An audit entry needs a valid time."),
                    QStringLiteral("invalid QDateTime"));

    // Reading the head and inserting after it must be one atomic step, or two appends could
    // both link to the same predecessor. BEGIN IMMEDIATE takes the write lock before the read (a
    // deferred one could fail with SQLITE_BUSY_SNAPSHOT under WAL when another connection writes
    // in between); inside the caller's transaction it is a savepoint that undoes only us.
    auto transaction = Transaction::begin(*m_db, Transaction::Mode::Immediate);
    if (!transaction)
        return std::unexpected(transaction.error());

    auto last = head();
    if (!last)
        return std::unexpected(last.error());

    AuditEntry entry;
    entry.sequence = last->sequence + 1;
    entry.actor = actor;
    entry.event = event;
    entry.subject = subject;
    entry.detail = detail;
    entry.previousHash = last->hash;
    const QString atText = formatAt(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    // Read back from the stored text, so that the caller sees exactly what entries() returns.
    entry.at = QDateTime::fromString(atText, Qt::ISODateWithMs);
    entry.hash = hashOf(entry.previousHash, canonical(entry.sequence, atText, entry));

    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO audit_log (sequence, at, actor, event, subject, detail, previous_hash, hash)"
        " VALUES (?1, ?2, coalesce(?3, ''), ?4, coalesce(?5, ''), ?6, ?7, ?8)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, entry.sequence)
        .bind(2, atText)
        .bind(3, entry.actor)
        .bind(4, entry.event)
        .bind(5, entry.subject)
        .bind(6, QString::fromUtf8(compactJson(entry.detail)))
        .bind(7, QString::fromLatin1(entry.previousHash))
        .bind(8, QString::fromLatin1(entry.hash));
    GD_TRY(insert->exec());

    GD_TRY(transaction->commit());
    // Subject and detail may name documents: the log line carries only what is never sensitive.
    qCInfo(lcAudit) << "appended" << entry.event << "as entry" << entry.sequence;
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSequence, int limit) const
{
    if (limit < 0)
        return fail(ErrorCode::InvalidArgument, tr("The number of audit entries to show cannot be negative."),
                    QStringLiteral("limit %1").arg(limit));
    auto select
        = m_db->prepare(SelectColumns + QStringLiteral(" WHERE sequence >= ?1 ORDER BY sequence LIMIT ?2"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, fromSequence).bind(2, limit);
    QList<AuditEntry> result;
    GD_TRY(select->forEachRow([&](const Statement &) {
        result << readRow(*select).entry;
    }));
    return result;
}

Result<AuditEntry> AuditLog::head() const
{
    auto select = m_db->prepare(SelectColumns + QStringLiteral(" ORDER BY sequence DESC LIMIT 1"));
    if (!select)
        return std::unexpected(select.error());
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        AuditEntry empty;
        empty.hash = genesisHash();
        return empty;
    }
    return readRow(*select).entry;
}

Result<AuditVerification> AuditLog::verify() const
{
    // One statement reads one consistent snapshot, however long the walk takes.
    auto select = m_db->prepare(SelectColumns + QStringLiteral(" ORDER BY sequence"));
    if (!select)
        return std::unexpected(select.error());

    AuditVerification verification;
    qint64 previousSequence = 0;
    QByteArray previousHash = genesisHash();
    for (;;) {
        auto next = select->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const StoredRow row = readRow(*select);
        const qint64 sequence = row.entry.sequence;
        ++verification.entriesChecked;

        QString reason;
        if (sequence != previousSequence + 1) {
            // Reported at the first entry still present, so that the number can be looked up.
            if (sequence <= previousSequence + 1)
                reason = tr("Entry %1 is out of sequence; entry %2 was expected.")
                             .arg(sequence)
                             .arg(previousSequence + 1);
            else if (previousSequence == 0)
                reason = tr("Entry %1 is the first entry in the log: entries 1 to %2 were deleted.")
                             .arg(sequence)
                             .arg(sequence - 1);
            else
                reason = tr("Entry %1 follows entry %2: the entries between them were deleted.")
                             .arg(sequence)
                             .arg(previousSequence);
        } else if (row.entry.previousHash != previousHash) {
            reason = previousSequence == 0
                         ? tr("Entry %1 does not start the chain: the log was reordered or replaced.")
                               .arg(sequence)
                         : tr("Entry %1 does not link to entry %2: the log was reordered, or entry %2 was "
                              "rewritten.")
                               .arg(sequence)
                               .arg(previousSequence);
        } else if (!row.detailReadable
                   || hashOf(row.entry.previousHash, canonical(sequence, row.atText, row.entry))
                          != row.entry.hash) {
            reason = tr("Entry %1 was altered after it was written: its content no longer matches its hash.")
                         .arg(sequence);
        }
        if (!reason.isEmpty()) {
            verification.intact = false;
            verification.firstBrokenSequence = sequence;
            verification.reason = reason;
            qCWarning(lcAudit) << "audit chain broken at entry" << sequence << "after"
                               << verification.entriesChecked - 1 << "intact entries";
            return verification;
        }
        previousSequence = sequence;
        previousHash = row.entry.hash;
    }
    qCInfo(lcAudit) << "audit chain intact," << verification.entriesChecked << "entries";
    return verification;
}

} // namespace GovDesk::Core
