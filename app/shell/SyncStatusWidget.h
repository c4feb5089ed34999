// SyncStatusWidget: the status bar's sync state (online/offline, pending changes, last sync,
// errors) and the "立即同步" button.
#pragma once

#include "sync/SyncService.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace GovDesk::Shell {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(Core::SyncService &sync, QWidget *parent = nullptr);

    // What "sync off" means for this profile (demo, no server); the window knows, not the service.
    void setDisabledText(const QString &text);
    // Open conflicts wait for a person; shown until they are resolved.
    void setConflictCount(int count);
    // The label's text, for tests and screen readers.
    [[nodiscard]] QString statusText() const;
    // The label's tooltip: the last error, or what the last run left undone (SyncNotices).
    [[nodiscard]] QString statusDetail() const;

    // "11月26日 17:20" for today and this year, "2025年3月2日 08:00" otherwise.
    [[nodiscard]] static QString formatSyncTime(const QDateTime &at, const QDateTime &now);

Q_SIGNALS:
    // The user clicked the text of a state that needs them (sign-in or an error).
    void signInRequested();

private:
    void update();
    [[nodiscard]] QString pendingText() const;

    Core::SyncService &m_sync;
    QLabel *m_state;
    QToolButton *m_syncNow;
    QString m_disabledText;
    int m_conflicts = 0;
    QStringList m_notices; // of the last completed run
    bool m_needsSignIn = false;
};

} // namespace GovDesk::Shell
