#include "SyncStatusWidget.h"

#include "sync/SyncNotices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace GovDesk::Shell {

using Core::SyncService;

SyncStatusWidget::SyncStatusWidget(SyncService &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_state(new QLabel(this))
    , m_syncNow(new QToolButton(this))
{
    m_state->setObjectName(QStringLiteral("syncLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send local changes and fetch new ones (F5)"));
    connect(m_syncNow, &QToolButton::clicked, this, [this] {
        if (m_needsSignIn)
            Q_EMIT signInRequested();
        else
            m_sync.syncNow();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_syncNow);

    connect(&m_sync, &SyncService::stateChanged, this, &SyncStatusWidget::update);
    connect(&m_sync, &SyncService::pendingCountChanged, this, &SyncStatusWidget::update);
    connect(&m_sync, &SyncService::lastSuccessfulSyncChanged, this, &SyncStatusWidget::update);
    connect(&m_sync, &SyncService::lastErrorChanged, this, &SyncStatusWidget::update);
    connect(&m_sync, &SyncService::progressChanged, this, &SyncStatusWidget::update);
    connect(&m_sync, &SyncService::syncFinished, this, [this](const Core::SyncSummary &summary) {
        m_notices = Core::SyncNotices::of(summary);
        update();
    });
    connect(&m_sync, &SyncService::accountChanged, this, [this] {
        m_needsSignIn = false;
        update();
    });
    connect(&m_sync, &SyncService::signInRequired, this, [this] {
        m_needsSignIn = true;
        update();
    });
    update();
}

void SyncStatusWidget::setDisabledText(const QString &text)
{
    m_disabledText = text;
    update();
}

void SyncStatusWidget::setConflictCount(int count)
{
    m_conflicts = count;
    update();
}

QString SyncStatusWidget::statusText() const
{
    return m_state->text();
}

QString SyncStatusWidget::statusDetail() const
{
    return m_state->toolTip();
}

QString SyncStatusWidget::formatSyncTime(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    QLocale locale;
    if (local.date() == localNow.date())
        return locale.toString(local.time(), tr("HH:mm", "sync time today"));
    if (local.date().year() == localNow.date().year())
        return locale.toString(local, tr("M/d HH:mm", "sync time this year"));
    return locale.toString(local, tr("yyyy-MM-dd HH:mm", "sync time other years"));
}

QString SyncStatusWidget::pendingText() const
{
    const int pending = m_sync.pendingCount();
    return pending > 0 ? tr("%n change(s) waiting", nullptr, pending) : QString();
}

void SyncStatusWidget::update()
{
    const QDateTime last = m_sync.lastSuccessfulSync();
    const QString lastText = last.isValid() ? tr("last synced %1").arg(formatSyncTime(last, QDateTime::currentDateTime()))
                                            : tr("never synced");
    QStringList parts;
    QString tooltip;
    bool canStart = true;
    switch (m_sync.state()) {
    case SyncService::State::Disabled:
        parts << (m_disabledText.isEmpty() ? tr("Sync off") : m_disabledText);
        canStart = false;
        break;
    case SyncService::State::Syncing: {
        const Core::SyncProgress progress = m_sync.progress();
        if (progress.phase == Core::SyncProgress::Phase::Pushing && progress.toPush > 0)
            parts << tr("Sending %1 of %2…").arg(progress.pushed).arg(progress.toPush);
        else if (progress.phase == Core::SyncProgress::Phase::Pulling)
            parts << tr("Receiving… %n record(s)", nullptr, progress.pulled);
        else if (progress.phase == Core::SyncProgress::Phase::Waiting)
            parts << tr("Server busy, retrying in %n s…", nullptr,
                        int((progress.waiting.count() + 999) / 1000));
        else
            parts << tr("Syncing…");
        canStart = false;
        break;
    }
    case SyncService::State::Offline:
        parts << tr("Offline") << pendingText() << lastText;
        tooltip = m_sync.lastError();
        break;
    case SyncService::State::Error:
        parts << tr("Sync failed") << pendingText();
        tooltip = m_sync.lastError();
        break;
    case SyncService::State::Idle:
        parts << (last.isValid() ? tr("Online") : tr("Ready to sync")) << pendingText() << lastText;
        break;
    }
    if (m_needsSignIn && m_sync.state() != SyncService::State::Disabled) {
        parts = QStringList{tr("Sign-in needed"), pendingText()};
        tooltip = tr("The server needs your user name and password.");
    }
    if (m_conflicts > 0 && m_sync.state() != SyncService::State::Disabled)
        parts << tr("%n conflict(s) to resolve (Sync → Conflicts)", nullptr, m_conflicts);
    if (!m_notices.isEmpty() && m_sync.state() == SyncService::State::Idle && !m_needsSignIn) {
        //: the status bar after a sync that left things undone; the tooltip lists them
        parts << tr("%n notice(s)", nullptr, int(m_notices.size()));
        tooltip = m_notices.join(QLatin1Char('\n'));
    }
    parts.removeAll(QString());
    m_state->setText(parts.join(tr(" · ")));
    m_state->setToolTip(tooltip);
    m_syncNow->setText(m_needsSignIn ? tr("Sign in…") : tr("Sync now"));
    m_syncNow->setEnabled(canStart || (m_needsSignIn && m_sync.state() != SyncService::State::Disabled));
    m_syncNow->setVisible(m_sync.state() != SyncService::State::Disabled);
}

} // namespace GovDesk::Shell
