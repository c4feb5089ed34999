#include "DamageMark.h"

#include "Logging.h"

namespace GovDesk::Core {

bool DamageMark::set(const QString &detail)
{
    // The listener runs under the lock, so that once setListener({}) returned it is not running
    // any more and its owner may go.
    const std::lock_guard guard(m_mutex);
    if (m_set.load(std::memory_order_relaxed))
        return false;
    m_detail = detail;
    m_set.store(true, std::memory_order_release);
    qCCritical(lcStore) << "database damaged; no more writes on this file:" << detail;
    if (m_listener)
        m_listener(damageError(detail));
    return true;
}

Error DamageMark::error() const
{
    const std::lock_guard guard(m_mutex);
    return damageError(m_detail);
}

Error DamageMark::refusal(const QString &what) const
{
    Error refused = error();
    refused.detail
        = QStringLiteral("write refused on a damaged database (%1); damage: %2").arg(what, refused.detail);
    return refused;
}

void DamageMark::setListener(Listener listener)
{
    const std::lock_guard guard(m_mutex);
    m_listener = std::move(listener);
}

Error DamageMark::damageError(const QString &detail)
{
    return Error{
        ErrorCode::Corrupt,
        tr("The profile's database file is damaged: part of it failed its integrity check. Nothing more "
           "will be written to it. Restore the last backup."),
        detail};
}

} // namespace GovDesk::Core
