#include "RecordListeners.h"

#include <QMutexLocker>

namespace GovDesk::Core {

RecordListeners::Id RecordListeners::addChangeListener(const QString &collection, ChangeListener listener)
{
    QMutexLocker locker(&m_mutex);
    const Id id = m_nextId++;
    m_entries.append({id, collection, std::move(listener), {}});
    return id;
}

RecordListeners::Id RecordListeners::addConflictListener(const QString &collection, ConflictListener listener)
{
    QMutexLocker locker(&m_mutex);
    const Id id = m_nextId++;
    m_entries.append({id, collection, {}, std::move(listener)});
    return id;
}

void RecordListeners::remove(Id id)
{
    QMutexLocker locker(&m_mutex);
    m_entries.removeIf([id](const Entry &entry) { return entry.id == id; });
}

QList<RecordListeners::Entry> RecordListeners::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
}

void RecordListeners::notifyChanges(const QList<RecordChange> &changes) const
{
    if (changes.isEmpty())
        return;
    const QList<Entry> entries = snapshot();
    for (const RecordChange &change : changes) {
        for (const Entry &entry : entries) {
            if (entry.change && (entry.collection.isEmpty() || entry.collection == change.collection))
                entry.change(change);
        }
    }
}

void RecordListeners::notifyConflicts(const QList<SyncConflict> &conflicts) const
{
    if (conflicts.isEmpty())
        return;
    const QList<Entry> entries = snapshot();
    for (const SyncConflict &conflict : conflicts) {
        for (const Entry &entry : entries) {
            if (entry.conflict && (entry.collection.isEmpty() || entry.collection == conflict.collection))
                entry.conflict(conflict);
        }
    }
}

} // namespace GovDesk::Core
