#include "RecordChangeLog.h"

#include "store/Database.h"

namespace GovDesk::Core {

Migration RecordChangeLog::migration(int version)
{
    // Delete then insert (not INSERT OR REPLACE): a trigger takes the conflict policy of the
    // statement that fired it, and an outer UPDATE OR FAIL would then fail on the unique key.
    const auto logged = [](const char *event, const char *row) {
        return QStringLiteral(
                   "CREATE TRIGGER sync_records_logged_%1 AFTER %2 ON sync_records BEGIN"
                   " DELETE FROM sync_changes WHERE collection = %3.collection AND record_id = %3.record_id;"
                   " INSERT INTO sync_changes (collection, record_id) VALUES (%3.collection, %3.record_id);"
                   " END;")
            .arg(QString::fromLatin1(event).toLower(), QString::fromLatin1(event), QString::fromLatin1(row));
    };
    return {
        .version = version,
        .description = QStringLiteral("sync_changes (local change sequence) and projection_cursors"),
        .sql
        = QStringLiteral("CREATE TABLE sync_changes ("
                         " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " collection TEXT NOT NULL,"
                         " record_id TEXT NOT NULL,"
                         " UNIQUE (collection, record_id));"
                         "CREATE INDEX sync_changes_by_collection ON sync_changes (collection, seq);")
          + logged("INSERT", "NEW") + logged("UPDATE", "NEW") + logged("DELETE", "OLD")
          + QStringLiteral(
              "CREATE TABLE projection_cursors ("
              " module TEXT NOT NULL,"
              " projection TEXT NOT NULL,"
              " version INTEGER NOT NULL,"
              " seq INTEGER NOT NULL,"
              " PRIMARY KEY (module, projection));"
              "INSERT INTO sync_changes (collection, record_id)"
              " SELECT collection, record_id FROM sync_records ORDER BY updated_at, collection, record_id;")};
}

RecordChangeLog::RecordChangeLog(Database &db)
    : m_db(db)
{
}

Result<QList<RecordChangeLog::Entry>>
RecordChangeLog::changesSince(qint64 sequence, const QStringList &collections, int limit) const
{
    QList<Entry> entries;
    if (collections.isEmpty())
        return entries;
    QString placeholders;
    for (qsizetype i = 0; i < collections.size(); ++i)
        placeholders += (i ? QStringLiteral(", ?") : QStringLiteral("?")) + QString::number(i + 3);
    auto select
        = m_db.prepareCached(QStringLiteral("SELECT seq, collection, record_id FROM sync_changes"
                                            " WHERE seq > ?1 AND collection IN (%1) ORDER BY seq LIMIT ?2")
                                 .arg(placeholders));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, sequence).bind(2, limit);
    for (qsizetype i = 0; i < collections.size(); ++i)
        select->bind(static_cast<int>(i + 3), collections.at(i));
    for (;;) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return entries;
        entries.append({select->int64(0), select->text(1), select->text(2)});
    }
}

Result<qint64> RecordChangeLog::lastSequence() const
{
    return m_db.queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_changes"));
}

Result<RecordChangeLog::Cursor> RecordChangeLog::cursor(const QString &module,
                                                        const QString &projection) const
{
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT seq, version FROM projection_cursors WHERE module = ?1 AND projection = ?2"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, module).bind(2, projection);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return Cursor{};
    return Cursor{.sequence = select->int64(0), .version = select->int32(1)};
}

Result<> RecordChangeLog::setCursor(const QString &module, const QString &projection, const Cursor &cursor)
{
    auto write = m_db.prepareCached(QStringLiteral("INSERT OR REPLACE INTO projection_cursors (module, "
                                                   "projection, version, seq) VALUES (?1, ?2, ?3, ?4)"));
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, module).bind(2, projection).bind(3, cursor.version).bind(4, cursor.sequence);
    return write->exec();
}

} // namespace GovDesk::Core
