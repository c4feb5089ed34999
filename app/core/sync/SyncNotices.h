// SyncNotices: what a completed sync run left undone that a person should know — refused
// changes, numbers the server would not allocate, attachments not fetched, a directory or seal
// that could not be taken — as sentences for the status bar's tooltip and govdesk-cli's stderr.
#pragma once

#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QStringList>

namespace GovDesk::Core {

class SyncNotices
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::SyncNotices)
public:
    // One sentence per matter, in the order a person would act on them; empty when none.
    [[nodiscard]] static QStringList of(const SyncSummary &summary);
};

} // namespace GovDesk::Core
