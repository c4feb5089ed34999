#include "ModuleSearch.h"

#include "module/ModuleGuard.h"
#include "session/Session.h"

namespace GovDesk::Core {

ModuleSearch::ModuleSearch(QString moduleId, Session &session)
    : m_moduleId(std::move(moduleId))
    , m_session(session)
{
}

Result<> ModuleSearch::registerType(const QString &type, const QString &label)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return m_session.search().registerType({.module = m_moduleId, .type = type, .label = label});
}

Result<> ModuleSearch::stamp(SearchDocument &document) const
{
    if (!document.module.isEmpty() && document.module != m_moduleId)
        return fail(ErrorCode::InvalidArgument,
                    tr("The module \"%1\" may only index its own entries.").arg(m_moduleId),
                    QStringLiteral("entry of module %1 refused").arg(document.module));
    document.module = m_moduleId;
    return {};
}

Result<> ModuleSearch::index(SearchDocument document)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    GD_TRY(stamp(document));
    return m_session.search().index(document);
}

Result<> ModuleSearch::index(QList<SearchDocument> documents)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    for (SearchDocument &document : documents)
        GD_TRY(stamp(document));
    return m_session.search().index(documents);
}

Result<> ModuleSearch::remove(const QString &recordId)
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    return m_session.search().remove(m_moduleId, recordId);
}

Result<QList<SearchHit>> ModuleSearch::search(SearchQuery query) const
{
    GD_TRY(requireOpen(m_session.isUnlocked()));
    query.modules = {m_moduleId};
    return m_session.search().search(query);
}

} // namespace GovDesk::Core
