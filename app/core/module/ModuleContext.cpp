#include "ModuleContext.h"

#include "import/DatasetApplier.h"
#include "import/DatasetSource.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "module/ObjectPool.h"
#include "module/ProjectionRunner.h"
#include "module/RoleAccess.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "sync/OrganisationDirectory.h"

namespace GovDesk::Core {

ModuleContext::ModuleContext(ModuleMetadata metadata, Session &session, ObjectPool &pool, QObject *parent)
    : QObject(parent)
    , m_metadata(std::move(metadata))
    , m_session(session)
    , m_pool(pool)
    , m_categoryName("govdesk.module." + m_metadata.id.toLatin1())
    , m_log(std::make_unique<QLoggingCategory>(m_categoryName.constData(), QtWarningMsg))
    , m_records(std::make_unique<ModuleRecords>(m_metadata.id, session))
    , m_search(std::make_unique<ModuleSearch>(m_metadata.id, session))
    , m_todos(std::make_unique<ModuleTodos>(m_metadata.id, session))
    , m_projections(std::make_unique<ProjectionRunner>(m_metadata.id, session, *m_records, *m_log))
{
    connect(&session, &Session::locked, this, &ModuleContext::sessionLocked);
    connect(&session, &Session::unlocked, this, &ModuleContext::sessionUnlocked);
    connect(&session, &Session::todosChanged, this, &ModuleContext::todosChanged);
    connect(&session, &Session::accountChanged, this, &ModuleContext::accountChanged);
    connect(&session, &Session::blobsArrived, this, &ModuleContext::blobsArrived);
    connect(m_projections.get(), &ProjectionRunner::projected, this, &ModuleContext::projected);
}

// The applier's worker is stopped (and waited for) before the services it uses go.
ModuleContext::~ModuleContext()
{
    m_datasets.reset();
}

bool ModuleContext::isDemo() const
{
    return m_session.profile().isDemo();
}

bool ModuleContext::isSessionOpen() const
{
    return m_session.isUnlocked();
}

Result<> ModuleContext::migrate(const QList<Migration> &migrations)
{
    MigrationRunner runner;
    GD_TRY(runner.add(QStringLiteral("module.") + m_metadata.id, migrations));
    return runner.run(database());
}

Database &ModuleContext::database() const
{
    return m_session.database();
}

Result<std::unique_ptr<Database>> ModuleContext::openWorkerDatabase() const
{
    if (!isSessionOpen())
        return fail(ErrorCode::ReadOnly, tr("GovDesk is locked. Unlock it to continue."));
    return m_session.openWorkerConnection();
}

AuditLog &ModuleContext::audit() const
{
    return m_session.audit();
}

Result<> ModuleContext::addProjection(Projection projection)
{
    return m_projections->add(std::move(projection));
}

Result<> ModuleContext::addDatasets(DatasetSource source)
{
    if (m_datasets)
        return fail(ErrorCode::AlreadyExists, tr("The module's datasets are already set up."),
                    QStringLiteral("addDatasets() called twice by %1").arg(m_metadata.id));
    if (source.collection.isEmpty() || source.tables.isEmpty() || !source.schema || !source.rowWriter)
        return fail(
            ErrorCode::InvalidArgument, tr("The module's datasets are set up wrongly."),
            QStringLiteral("%1: collection, tables, schema and rowWriter are required").arg(m_metadata.id));
    m_datasets = std::make_unique<DatasetApplier>(*this, std::move(source));
    auto added = addProjection(m_datasets->projection());
    if (!added)
        m_datasets.reset();
    else
        m_datasets->schedule(); // recorded earlier (a crash, a lock) and still waiting
    return added;
}

SyncAccount ModuleContext::account() const
{
    SyncAccount account = m_session.account();
    if (!account.isValid()) {
        // Not signed in (yet), or the demo: the person at this desk is the profile's owner, so
        // what they do is still recorded under their name.
        account.name = m_session.profile().displayName;
        account.organisationName = m_session.profile().organisation;
    }
    return account;
}

Result<QList<OrganisationEntry>> ModuleContext::organisations() const
{
    return OrganisationDirectory(m_session.database()).organisations();
}

bool ModuleContext::rolesAllow(const QStringList &roles) const
{
    return RoleAccess(m_session.account(), isDemo()).allows(roles);
}

Result<QVariant> ModuleContext::setting(const QString &key, const QVariant &defaultValue) const
{
    return m_session.settings().value(m_metadata.id, key, defaultValue);
}

Result<> ModuleContext::setSetting(const QString &key, const QVariant &value)
{
    return m_session.settings().setValue(m_metadata.id, key, value);
}

} // namespace GovDesk::Core
