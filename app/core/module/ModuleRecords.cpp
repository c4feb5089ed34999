#include "ModuleRecords.h"

#include "module/ModuleGuard.h"
#include "session/Session.h"
#include "sync/RecordStore.h"

namespace GovDesk::Core {

ModuleRecords::ModuleRecords(QString moduleId, Session &session)
    : m_moduleId(std::move(moduleId))
    , m_prefix(QString(m_moduleId).replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1Char('.'))
    , m_session(session)
{
}

ModuleRecords::~ModuleRecords()
{
    for (RecordListeners::Id id : std::as_const(m_listeners))
        m_session.recordListeners().remove(id);
}

bool ModuleRecords::owns(const QString &collection) const
{
    return collection.startsWith(m_prefix) && collection.size() > m_prefix.size();
}

Result<> ModuleRecords::checkOwned(const QString &collection) const
{
    if (owns(collection))
        return {};
    return fail(ErrorCode::InvalidArgument,
                tr("The module \"%1\" may only change its own records (collections beginning with \"%2\").")
                    .arg(m_moduleId, m_prefix),
                QStringLiteral("write to %1 refused").arg(collection));
}

Result<> ModuleRecords::declareCollection(CollectionSpec spec)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    GD_TRY(checkOwned(spec.name));
    if (spec.schemaVersion < 1 || (spec.schemaVersion > 1 && !spec.upgrade))
        return fail(ErrorCode::InvalidArgument,
                    tr("A collection's schema version above 1 needs an upgrade function."), spec.name);
    GD_TRY(CollectionPolicies(m_session.database()).declare(spec.name, spec.policy, spec.schemaVersion));
    m_collections.removeIf([&](const CollectionSpec &known) { return known.name == spec.name; });
    m_collections.append(std::move(spec));
    return {};
}

void ModuleRecords::upgrade(SyncRecord &record) const
{
    for (const CollectionSpec &spec : m_collections) {
        if (spec.name != record.collection)
            continue;
        int version = record.payload.value(QLatin1String(SchemaVersionKey)).toInt(1);
        // A newer payload (another office runs a newer GovDesk) is left as it is: fields it adds
        // are ignored by this version, which must not guess what they mean.
        for (; version < spec.schemaVersion && spec.upgrade; ++version)
            record.payload = spec.upgrade(record.payload, version);
        return;
    }
}

Result<> ModuleRecords::put(const QString &collection, const QString &recordId, const QJsonObject &payload,
                            const QStringList &recipients)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    GD_TRY(checkOwned(collection));
    for (const CollectionSpec &spec : std::as_const(m_collections)) {
        if (spec.name == collection && spec.schemaVersion > 1) {
            QJsonObject stamped = payload;
            stamped.insert(QLatin1String(SchemaVersionKey), spec.schemaVersion);
            return m_session.records().put(collection, recordId, stamped, recipients);
        }
    }
    return m_session.records().put(collection, recordId, payload, recipients);
}

Result<NumberRequest> ModuleRecords::requestNumber(NumberRequest request)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    GD_TRY(checkOwned(request.collection));
    if (request.series.isEmpty() || request.field.isEmpty()
        || !(request.format.contains(QStringLiteral("{number}"))
             || request.format.contains(QStringLiteral("{number:"))))
        return fail(ErrorCode::InvalidArgument,
                    tr("A number request needs a series, a field and a format with {number}."));
    return NumberRequests(m_session.database()).request(std::move(request));
}

Result<std::optional<NumberRequest>> ModuleRecords::numberRequest(const QString &collection,
                                                                  const QString &recordId) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return NumberRequests(m_session.database()).find(collection, recordId);
}

Result<> ModuleRecords::remove(const QString &collection, const QString &recordId)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    GD_TRY(checkOwned(collection));
    return m_session.records().remove(collection, recordId);
}

Result<std::optional<SyncRecord>> ModuleRecords::get(const QString &collection, const QString &recordId,
                                                     bool includeDeleted) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    auto record = m_session.records().get(collection, recordId, includeDeleted);
    if (record && record->has_value())
        upgrade(**record);
    return record;
}

Result<QList<SyncRecord>> ModuleRecords::query(const RecordQuery &query) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    auto records = m_session.records().query(query);
    if (records) {
        for (SyncRecord &record : *records)
            upgrade(record);
    }
    return records;
}

Result<int> ModuleRecords::count(const RecordQuery &query) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return m_session.records().count(query);
}

namespace {
// A module's listener behind the guard: one that throws is logged, and the others still hear.
template<typename Change>
std::function<void(const Change &)> guarded(const QString &module,
                                            std::function<void(const Change &)> listener)
{
    return [module, listener = std::move(listener)](const Change &change) {
        if (auto called = callModule([&] { listener(change); }); !called)
            qWarning("module %s: record listener failed: %s", qPrintable(module),
                     qPrintable(called.error().detail));
    };
}
} // namespace

RecordListeners::Id ModuleRecords::addChangeListener(const QString &collection,
                                                     RecordListeners::ChangeListener listener)
{
    m_listeners.append(
        m_session.recordListeners().addChangeListener(collection, guarded(m_moduleId, std::move(listener))));
    return m_listeners.last();
}

RecordListeners::Id ModuleRecords::addConflictListener(const QString &collection,
                                                       RecordListeners::ConflictListener listener)
{
    m_listeners.append(m_session.recordListeners().addConflictListener(
        collection, guarded(m_moduleId, std::move(listener))));
    return m_listeners.last();
}

void ModuleRecords::removeListener(RecordListeners::Id id)
{
    m_listeners.removeAll(id);
    m_session.recordListeners().remove(id);
}

} // namespace GovDesk::Core
