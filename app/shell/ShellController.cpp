#include "ShellController.h"

#include "ActivityMonitor.h"
#include "DamageDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "SettingsDialog.h"
#include "session/UnlockAhead.h"
#include "settings/ProfileSettings.h"
#include "sync/OrganisationDirectory.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <utility>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

Q_LOGGING_CATEGORY(lcShell, "govdesk.shell", QtWarningMsg)

namespace {
const QString DemoSeededKey = QStringLiteral("demoSeeded");
} // namespace

ShellController::ShellController(const QString &profilesRoot, QObject *parent)
    : QObject(parent)
    , m_profiles(profilesRoot)
    , m_session(m_profiles)
    , m_sync(m_session)
    , m_activity(new ActivityMonitor(this))
{
    connect(m_activity, &ActivityMonitor::activity, &m_session.idleLock(), &IdleLockTimer::noteActivity);
    connect(&m_session, &Session::damaged, this, &ShellController::showDamage);
}

ShellController::~ShellController()
{
    delete m_window;
    m_modules.shutdown();
    m_session.lock();
}

bool ShellController::start(bool demo, std::unique_ptr<UnlockAhead> ahead)
{
    // The plugins are read, and the modules' code loaded, beside the unlock.
    std::future<ModuleManager::Scan> plugins = m_modules.scanInBackground();
    if (demo) {
        if (auto unlocked = unlockDemo(ahead.get()); !unlocked) {
            QMessageBox::critical(nullptr, tr("GovDesk"), unlocked.error().message);
            return false;
        }
    } else {
        ProfileDialog dialog(m_profiles, m_session);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    m_modules.discover(plugins.get());
    m_moduleUis.discover(m_modules.uiPlugins());
    m_modules.initializeAll(m_session);
    openWindow();
    return true;
}

Result<> ShellController::unlockDemo(UnlockAhead *ahead)
{
    // On the first start the demo is made here; the look ahead found none and unlock() opens it.
    auto profile = m_profiles.ensureDemo();
    if (!profile)
        return std::unexpected(profile.error());
    // Its pages (60 MB with the 审判 cases) are read once the window shows, not before.
    m_checkPagesAfterShow = true;
    if (ahead)
        return m_session.unlock(*ahead);
    return m_session.unlock(profile->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase),
                            Session::PageCheck::InBackground);
}

void ShellController::openWindow()
{
    if (m_session.profile().isDemo()
        && !m_session.settings()
                .value(QStringLiteral("core"), DemoSeededKey, false)
                .value_or(false)
                .toBool()) {
        if (auto directory
            = OrganisationDirectory(m_session.database()).replace(OrganisationDirectory::demoDirectory());
            !directory)
            qCWarning(lcShell) << "demo directory of organisations:" << directory.error().detail;
        const QStringList failures = m_modules.seedDemoData();
        for (const QString &failure : failures)
            qCWarning(lcShell) << "demo data:" << failure;
        if (auto marked = m_session.settings().setValue(QStringLiteral("core"), DemoSeededKey, true); !marked)
            qCWarning(lcShell) << "demo data:" << marked.error().detail;
    }
    m_window = new MainWindow(m_session, m_modules, m_moduleUis, m_sync);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::resetDemoRequested, this, [this] {
        if (auto reset = resetDemo(); !reset)
            QMessageBox::critical(m_window, tr("Reset demo data"), reset.error().message);
    });
    m_window->show();
    if (std::exchange(m_checkPagesAfterShow, false))
        m_session.checkPagesInBackground();
    m_modules.startDelayedInitialize();
    startAutoSync();
}

void ShellController::startAutoSync()
{
    // After the window is up: the first sync runs on the worker while the user starts working.
    m_sync.refresh();
    m_sync.setAutoSyncInterval(SettingsDialog::autoSyncMinutes(m_session));
}

void ShellController::showDamage()
{
    auto *dialog = new DamageDialog(m_profiles, m_session, m_session.profile().displayName,
                                    m_session.damageError(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Restoring locks the session first; the window's lock overlay then asks for the backup's
    // passphrase, and the modules carry on with the restored data.
    dialog->open();
}

Result<> ShellController::resetDemo()
{
    delete m_window;
    m_modules.shutdown();
    m_session.lock();
    GD_TRY(m_profiles.resetDemo());
    GD_TRY(unlockDemo());
    m_modules.initializeAll(m_session);
    openWindow();
    return {};
}

} // namespace GovDesk::Shell
