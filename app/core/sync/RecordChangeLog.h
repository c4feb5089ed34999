// RecordChangeLog: the local change sequence of synced records, and the projections' cursors.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Core {

class Database;

// Every write of sync_records — a module's put(), a pull applied by the sync worker or by
// govdesk-cli, a resolved conflict — gives the record a new, higher sequence number in the same
// transaction (SQL triggers, so no writer can forget it). A projection keeps the last number it
// has applied in the same transaction as its own tables, so it can always catch up with what it
// has not seen: after a lock, a CLI sync, or a crash between a pull's commit and its in-memory
// notification. The log holds one row per record (its latest change): replay is bounded by the
// number of records, not by the number of edits.
//
// Sequence numbers grow in commit order: writers of one profile are serialised by SQLite's write
// lock, so a reader that has seen N never later meets a smaller number committed after it read.
class RecordChangeLog
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QString collection;
        QString recordId;
    };
    struct Cursor
    {
        qint64 sequence = 0;
        int version = 0; // the projection's version that wrote it; 0 = never ran
        bool operator==(const Cursor &) const = default;
    };

    // Appended to RecordStore::migrations(): the log, its triggers and the cursors, with the
    // records present at the upgrade logged oldest first.
    [[nodiscard]] static Migration migration(int version);

    explicit RecordChangeLog(Database &db);

    // Changes after `sequence` in the given collections, oldest first, at most `limit`.
    [[nodiscard]] Result<QList<Entry>> changesSince(qint64 sequence, const QStringList &collections,
                                                    int limit) const;
    [[nodiscard]] Result<qint64> lastSequence() const;

    [[nodiscard]] Result<Cursor> cursor(const QString &module, const QString &projection) const;
    // Joins the caller's transaction: the projection's own writes and its cursor commit together.
    [[nodiscard]] Result<> setCursor(const QString &module, const QString &projection, const Cursor &cursor);

private:
    Database &m_db;
};

} // namespace GovDesk::Core
