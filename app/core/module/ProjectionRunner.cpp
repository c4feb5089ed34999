#include "ProjectionRunner.h"

#include "module/ModuleGuard.h"
#include "module/ModuleRecords.h"
#include "session/Session.h"
#include "store/Transaction.h"
#include "sync/RecordChangeLog.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"

#include <QCoreApplication>

namespace GovDesk::Core {

ProjectionRunner::ProjectionRunner(QString moduleId, Session &session, const ModuleRecords &records,
                                   const QLoggingCategory &log, QObject *parent)
    : QObject(parent)
    , m_moduleId(std::move(moduleId))
    , m_session(session)
    , m_records(records)
    , m_log(log)
{
    // A sync from govdesk-cli (or anything else) may have run while the profile was locked.
    connect(&m_session, &Session::unlocked, this, &ProjectionRunner::catchUpLogged);
}

ProjectionRunner::~ProjectionRunner()
{
    for (const Entry &entry : m_entries)
        m_session.recordListeners().remove(entry.listenerId);
}

Result<> ProjectionRunner::add(Projection projection)
{
    const auto invalid = [&](const QString &why) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("GovDesk::Core::ProjectionRunner",
                                                "The module's projection \"%1\" is invalid: %2")
                        .arg(projection.name, why));
    };
    if (projection.name.isEmpty() || !projection.apply || projection.version < 1)
        return invalid(QStringLiteral("a name, a version of at least 1 and apply() are required"));
    if (projection.collections.isEmpty())
        return invalid(QStringLiteral("it reads no collection"));
    for (const QString &collection : std::as_const(projection.collections)) {
        if (!RecordStore::isValidCollection(collection))
            return invalid(QStringLiteral("\"%1\" is not a collection name").arg(collection));
    }
    for (const Entry &entry : m_entries) {
        if (entry.projection.name == projection.name)
            return invalid(QStringLiteral("the name is used twice"));
    }
    Entry &entry = m_entries.emplace_back();
    entry.projection = std::move(projection);
    const QString name = entry.projection.name;
    const QStringList collections = entry.projection.collections;
    // Only a nudge: what to apply comes from the change log.
    entry.listenerId
        = m_session.recordListeners().addChangeListener({}, [this, collections](const RecordChange &change) {
              if (collections.contains(change.collection))
                  catchUpLogged();
          });
    return catchUp(entry);
}

Result<> ProjectionRunner::catchUp()
{
    Result<> result;
    for (Entry &entry : m_entries) {
        if (auto done = catchUp(entry); !done && result)
            result = std::move(done);
    }
    return result;
}

void ProjectionRunner::catchUpLogged()
{
    if (m_running) {
        m_runAgain = true; // a projection's own writes changed records: once more when it is done
        return;
    }
    if (auto done = catchUp(); !done)
        qCWarning(m_log) << "projection behind:" << done.error().fullText();
}

Result<> ProjectionRunner::catchUp(Entry &entry)
{
    if (!m_session.isUnlocked())
        return {};
    m_running = true;
    Result<> result;
    do {
        m_runAgain = false;
        for (;;) {
            auto applied = applyBatch(entry);
            if (!applied) {
                result = std::unexpected(applied.error());
                break;
            }
            if (*applied < BatchSize)
                break;
        }
    } while (result && m_runAgain);
    m_running = false;
    m_lastError = result ? QString() : result.error().fullText();
    return result;
}

Result<int> ProjectionRunner::applyBatch(Entry &entry)
{
    const Projection &projection = entry.projection;
    Database &db = m_session.database();
    RecordChangeLog log(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto cursor = log.cursor(m_moduleId, projection.name);
    if (!cursor)
        return std::unexpected(cursor.error());
    if (cursor->version != projection.version) {
        if (cursor->version != 0)
            qCInfo(m_log) << "rebuilding projection" << projection.name << "from version" << cursor->version;
        if (projection.reset)
            GD_TRY(callModule(projection.reset));
        *cursor = {.sequence = 0, .version = projection.version};
    }
    auto changes = log.changesSince(cursor->sequence, projection.collections, BatchSize);
    if (!changes)
        return std::unexpected(changes.error());
    for (const RecordChangeLog::Entry &change : std::as_const(*changes)) {
        auto record = m_records.get(change.collection, change.recordId, true);
        if (!record)
            return std::unexpected(record.error());
        const ProjectedRecord projected{change.collection, change.recordId, std::move(*record)};
        if (auto applied = callModule([&] { return projection.apply(projected); }); !applied) {
            Error error = applied.error();
            error.detail = QStringLiteral("%1 at %2/%3: %4")
                               .arg(projection.name, change.collection, change.recordId, error.detail);
            return std::unexpected(error);
        }
        cursor->sequence = change.sequence;
    }
    GD_TRY(log.setCursor(m_moduleId, projection.name, *cursor));
    GD_TRY(transaction->commit());
    if (!changes->isEmpty())
        Q_EMIT projected(projection.name, static_cast<int>(changes->size()));
    return static_cast<int>(changes->size());
}

} // namespace GovDesk::Core
