#include "SyncNotices.h"

namespace GovDesk::Core {

QStringList SyncNotices::of(const SyncSummary &summary)
{
    QStringList notices;
    for (const QString &rejection : summary.rejections)
        notices << tr("Refused by the server: %1").arg(rejection);
    for (const QString &refused : summary.numbersRefused)
        notices << tr("No document number allocated (asked again at the next sync): %1").arg(refused);
    if (!summary.sealProblem.isEmpty())
        notices << tr("The seal sent by the server was not taken: %1").arg(summary.sealProblem);
    for (const QString &blob : summary.blobsUnavailable)
        notices << tr("Attachment not fetched (tried again at the next sync): %1").arg(blob);
    if (!summary.directoryUnavailable.isEmpty())
        notices << tr("The directory of organisations was not refreshed; the one kept is used: %1")
                       .arg(summary.directoryUnavailable);
    return notices;
}

} // namespace GovDesk::Core
