#include "ModuleContext.h"

#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "sync/RecordStore.h"

namespace GovDesk::Core {

ModuleContext::ModuleContext(ModuleMetadata metadata, Session &session)
    : m_metadata(std::move(metadata))
    , m_session(session)
    , m_categoryName("govdesk.module." + m_metadata.id.toLatin1())
    , m_log(std::make_unique<QLoggingCategory>(m_categoryName.constData(), QtWarningMsg))
{
}

ModuleContext::~ModuleContext() = default;

bool ModuleContext::isDemo() const
{
    return m_session.profile().isDemo();
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

AuditLog &ModuleContext::audit() const
{
    return m_session.audit();
}

SearchService &ModuleContext::search() const
{
    return m_session.search();
}

TodoService &ModuleContext::todos() const
{
    return m_session.todos();
}

RecordStore &ModuleContext::records() const
{
    return m_session.records();
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
