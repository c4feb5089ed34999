#include "ProjectionRunner.h"

#include "module/ModuleGuard.h"
#include "module/ModuleRecords.h"
#include "session/Session.h"
#include "store/Transaction.h"
#include "sync/RecordChangeLog.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"

#include <QCoreApplication>
#include <algorithm>

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
    // Only a nudge: what to apply comes from the change log.
    m_listenerId = m_session.recordListeners().addChangeListener({}, [this](const RecordChange &change) {
        if (reads(change.collection))
            catchUpLogged();
    });
}

ProjectionRunner::~ProjectionRunner()
{
    m_session.recordListeners().remove(m_listenerId);
}

bool ProjectionRunner::reads(const QString &collection) const
{
    return std::any_of(m_projections.begin(), m_projections.end(), [&](const Projection &projection) {
        return projection.collections.contains(collection);
    });
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
    for (const Projection &known : m_projections) {
        if (known.name == projection.name)
            return invalid(QStringLiteral("the name is used twice"));
    }
    m_projections.push_back(std::move(projection));
    return catchUp();
}

Result<> ProjectionRunner::catchUp()
{
    if (!m_session.isUnlocked())
        return {};
    m_running = true;
    Result<> result;
    do {
        m_runAgain = false;
        for (const Projection &projection : m_projections) {
            if (auto done = catchUp(projection); !done && result)
                result = std::move(done);
        }
    } while (result && m_runAgain);
    m_running = false;
    m_lastError = result ? QString() : result.error().fullText();
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

Result<> ProjectionRunner::catchUp(const Projection &projection)
{
    for (;;) {
        auto applied = applyBatch(projection);
        if (!applied)
            return std::unexpected(applied.error());
        if (*applied < BatchSize)
            return {};
    }
}

Result<int> ProjectionRunner::applyBatch(const Projection &projection)
{
    Database &db = m_session.database();
    RecordChangeLog log(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto cursor = log.cursor(m_moduleId, projection.name);
    if (!cursor)
        return std::unexpected(cursor.error());
    const RecordChangeLog::Cursor stored = *cursor;
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
    // A projection already up to date writes nothing: each start would otherwise commit (and
    // sync to disk) once per projection for no change.
    if (*cursor != stored)
        GD_TRY(log.setCursor(m_moduleId, projection.name, *cursor));
    GD_TRY(transaction->commit());
    if (!changes->isEmpty())
        Q_EMIT projected(projection.name, static_cast<int>(changes->size()));
    return static_cast<int>(changes->size());
}

} // namespace GovDesk::Core
