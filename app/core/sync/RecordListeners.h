// RecordListeners: who wants to hear about record changes and conflicts, per collection.
#pragma once

#include "sync/SyncTypes.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <functional>

namespace GovDesk::Core {

// Kept apart from RecordStore because modules register once, at initialisation, while the
// session replaces its RecordStore on every unlock: the session owns one registry for its
// lifetime and hands it to each new store, as it does with search types.
class RecordListeners
{
public:
    using ChangeListener = std::function<void(const RecordChange &)>;
    using ConflictListener = std::function<void(const SyncConflict &)>;
    using Id = int;

    // `collection` empty = every collection. Returns an id for remove().
    Id addChangeListener(const QString &collection, ChangeListener listener);
    Id addConflictListener(const QString &collection, ConflictListener listener);
    void remove(Id id);

    // Calls the matching listeners on the calling thread. A listener may add or remove listeners
    // (the list is copied first), and one that throws is not GovDesk's problem: modules must not.
    void notifyChanges(const QList<RecordChange> &changes) const;
    void notifyConflicts(const QList<SyncConflict> &conflicts) const;

private:
    struct Entry
    {
        Id id = 0;
        QString collection;
        ChangeListener change;
        ConflictListener conflict;
    };
    [[nodiscard]] QList<Entry> snapshot() const;

    mutable QMutex m_mutex; // registration may come from another thread than notification
    QList<Entry> m_entries;
    Id m_nextId = 1;
};

} // namespace GovDesk::Core
