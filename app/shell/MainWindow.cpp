#include "MainWindow.h"

#include "ConflictDialog.h"
#include "EmptyState.h"
#include "GlobalSearchDialog.h"
#include "LockOverlay.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SyncStatusWidget.h"
#include "module/ModuleContext.h"
#include "module/ModuleManager.h"
#include "session/Session.h"
#include "sync/RecordListeners.h"
#include "sync/RecordStore.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

namespace {
constexpr int ModuleIdRole = Qt::UserRole + 1;
const QString GeometryKey = QStringLiteral("window/geometry");

Ui::ModuleUi *moduleUi(const ModuleManager &modules, const QString &id)
{
    return qobject_cast<Ui::ModuleUi *>(modules.pluginInstance(id));
}
} // namespace

MainWindow::MainWindow(Session &session, ModuleManager &modules, SyncService &sync, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_modules(modules)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_content(new QWidget)
    , m_lockOverlay(nullptr)
    , m_profileLabel(new QLabel)
    , m_sync(sync)
    , m_syncStatus(new SyncStatusWidget(sync))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GovDesk — %1").arg(session.profile().displayName));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setIconSize(QSize(24, 24));
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (session.profile().isDemo()) {
        auto *banner = new QLabel(tr("Demo mode — all data is fictional"));
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #7a4d00; padding: 6px; font-weight: bold;"));
        outer->addWidget(banner);
    }
    auto *columns = new QHBoxLayout(m_content);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    outer->addWidget(m_content, 1);
    setCentralWidget(central);
    m_lockOverlay = new LockOverlay(session, session.profile().id, session.profile().displayName, central);

    buildNavigation();
    buildMenus();
    buildStatusBar();
    connect(&m_sync, &SyncService::accountChanged, this, &MainWindow::rebuildNavigation);
    connect(&m_sync, &SyncService::conflictsChanged, this, [this] {
        if (m_conflicts)
            m_conflicts->reload();
        updateConflictCount();
    });
    connect(m_syncStatus, &SyncStatusWidget::signInRequested, this, &MainWindow::openSignIn);
    // A conflict may be resolved anywhere (the dialog, a module): the count follows the records.
    m_resolvedListener = m_session.recordListeners().addChangeListener({}, [this](const RecordChange &change) {
        if (change.origin == RecordChange::Origin::Resolved)
            updateConflictCount();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showModule(m_navigation->item(row)->data(ModuleIdRole).toString());
    });
    connect(&m_session, &Session::locked, this, &MainWindow::onLocked);
    connect(&m_session, &Session::unlocked, this, [this] {
        m_content->show();
        updateStatus();
    });

    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1100, 720);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->flags() & Qt::ItemIsEnabled) {
            m_navigation->setCurrentRow(row);
            break;
        }
    }
}

MainWindow::~MainWindow()
{
    m_session.recordListeners().remove(m_resolvedListener);
}

void MainWindow::buildNavigation()
{
    for (const ModuleRecord &record : m_modules.records()) {
        const bool available = record.state == ModuleState::Initialized;
        if (available && !moduleUi(m_modules, record.metadata.id))
            continue; // a headless module (no page) is simply not shown
        if (!roleMayOpen(record.metadata))
            continue; // not this user's work: not offered at all
        const QString name = record.metadata.id.isEmpty() ? QFileInfo(record.path).fileName()
                                                           : record.metadata.displayName();
        auto *item = new QListWidgetItem(QIcon(record.metadata.icon), name, m_navigation);
        item->setData(ModuleIdRole, record.metadata.id);
        if (!available) {
            // Listed, not hidden: the user and support staff see what is missing and why.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Unavailable: %1").arg(record.unavailableReason));
            item->setText(tr("%1 (unavailable)").arg(name));
        }
    }
    if (m_navigation->count() == 0) {
        m_pages->addWidget(new Ui::EmptyState(tr("No modules are installed"),
                                              tr("GovDesk found no module plugins. Reinstall GovDesk or ask your administrator."),
                                              m_pages));
    }
}

void MainWindow::rebuildNavigation()
{
    const QString current = currentModule();
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
        buildNavigation();
    }
    if (listedModules().contains(current))
        showModule(current);
    else if (m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
}

bool MainWindow::roleMayOpen(const ModuleMetadata &metadata) const
{
    if (metadata.roles.isEmpty() || m_session.profile().isDemo())
        return true;
    const SyncAccount account = m_sync.account();
    if (!account.isValid())
        return true;
    for (const QString &role : account.roles) {
        if (metadata.roles.contains(role))
            return true;
    }
    return false;
}

QStringList MainWindow::listedModules() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->count(); ++row)
        ids << m_navigation->item(row)->data(ModuleIdRole).toString();
    return ids;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lock = file->addAction(tr("&Lock"), this, [this] { m_session.lock(); });
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *search = edit->addAction(tr("&Search everywhere…"), this, &MainWindow::openGlobalSearch);
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    buildSyncMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    if (m_session.profile().isDemo()) {
        QAction *reset = tools->addAction(tr("&Reset demo data…"), this, &MainWindow::confirmDemoReset);
        reset->setObjectName(QStringLiteral("actionResetDemo"));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GovDesk"), this, [this] {
        QMessageBox::about(this, tr("About GovDesk"),
                           tr("<b>GovDesk %1</b><br>A desktop for government offices: official documents, "
                              "information disclosure, forestry, water and court management.<br>"
                              "Data is kept encrypted on this computer.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildSyncMenu()
{
    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    QAction *now = sync->addAction(tr("Sync &now"), &m_sync, &SyncService::syncNow);
    now->setObjectName(QStringLiteral("actionSyncNow"));
    now->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *signIn = sync->addAction(tr("&Sign in…"), this, &MainWindow::openSignIn);
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    QAction *conflicts = sync->addAction(tr("&Conflicts…"), this, &MainWindow::openConflicts);
    conflicts->setObjectName(QStringLiteral("actionConflicts"));
    const auto enable = [now, signIn](SyncService::State state) {
        now->setEnabled(state != SyncService::State::Disabled && state != SyncService::State::Syncing);
        signIn->setEnabled(state != SyncService::State::Disabled);
    };
    connect(&m_sync, &SyncService::stateChanged, this, enable);
    enable(m_sync.state());
}

void MainWindow::openSignIn()
{
    if (!m_session.isUnlocked() || m_sync.state() == SyncService::State::Disabled)
        return;
    SignInDialog dialog(m_sync, m_session.serverUrl(), m_sync.account().userId, this);
    dialog.exec();
}

void MainWindow::openConflicts()
{
    if (!m_session.isUnlocked())
        return;
    ConflictDialog dialog(m_session.records(), [this](const QString &id) { return moduleName(id); }, this);
    connect(&dialog, &ConflictDialog::resolved, this, [this](bool needsSync) {
        if (needsSync)
            m_sync.syncNow();
    });
    m_conflicts = &dialog;
    dialog.exec();
    m_conflicts = nullptr;
}

void MainWindow::updateConflictCount()
{
    const auto conflicts = m_session.isUnlocked() ? m_session.records().conflicts() : Result<QList<SyncConflict>>{};
    m_syncStatus->setConflictCount(conflicts ? int(conflicts->size()) : 0);
}

void MainWindow::buildStatusBar()
{
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    auto *lockButton = new QToolButton;
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setText(tr("Lock"));
    lockButton->setToolTip(tr("Lock GovDesk (Ctrl+L)"));
    connect(lockButton, &QToolButton::clicked, this, [this] { m_session.lock(); });
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_syncStatus);
    statusBar()->addPermanentWidget(lockButton);
    updateStatus();
    updateConflictCount();
}

void MainWindow::updateStatus()
{
    const ProfileMetadata &profile = m_session.profile();
    m_profileLabel->setText(profile.organisation.isEmpty()
                                ? profile.displayName
                                : tr("%1 · %2").arg(profile.displayName, profile.organisation));
    if (profile.isDemo())
        m_syncStatus->setDisabledText(tr("Demo: never syncs"));
    else if (m_session.serverUrl().isEmpty())
        m_syncStatus->setDisabledText(tr("Offline (no server configured)"));
    else
        m_syncStatus->setDisabledText(tr("Sync off while locked"));
}

bool MainWindow::showModule(const QString &moduleId)
{
    Ui::ModuleUi *ui = moduleUi(m_modules, moduleId);
    ModuleContext *context = m_modules.context(moduleId);
    if (!ui || !context)
        return false;
    QWidget *page = m_pageOf.value(moduleId);
    if (!page) {
        page = ui->createPage(*context, *this, m_pages);
        if (!page)
            return false;
        page->setObjectName(QStringLiteral("page-") + moduleId);
        m_pages->addWidget(page);
        m_pageOf.insert(moduleId, page);
    }
    m_pages->setCurrentWidget(page);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(ModuleIdRole).toString() == moduleId && m_navigation->currentRow() != row) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(row);
        }
    }
    return true;
}

QString MainWindow::currentModule() const
{
    return m_pageOf.key(m_pages->currentWidget());
}

QString MainWindow::moduleName(const QString &moduleId) const
{
    for (const ModuleRecord &record : m_modules.records()) {
        if (record.metadata.id == moduleId)
            return record.metadata.displayName();
    }
    return moduleId;
}

void MainWindow::openRecord(const QString &moduleId, const QString &recordId)
{
    Ui::ModuleUi *ui = moduleUi(m_modules, moduleId);
    if (ui && showModule(moduleId))
        ui->open(recordId);
}

void MainWindow::openGlobalSearch()
{
    if (!m_session.isUnlocked())
        return;
    GlobalSearchDialog dialog(m_session, [this](const QString &id) { return moduleName(id); }, this);
    connect(&dialog, &GlobalSearchDialog::hitActivated, this, &MainWindow::openRecord);
    dialog.exec();
}

void MainWindow::openSettings()
{
    if (!m_session.isUnlocked())
        return;
    SettingsDialog dialog(m_session, this);
    dialog.exec();
    updateStatus();
    if (m_session.isUnlocked()) {
        m_sync.refresh(); // the server address, proxy or CA may have changed
        m_sync.setAutoSyncInterval(SettingsDialog::autoSyncMinutes(m_session));
    }
}

void MainWindow::confirmDemoReset()
{
    const auto answer = QMessageBox::question(this, tr("Reset demo data"),
                                              tr("All changes made in the demo are discarded and the demo data is "
                                                 "created again. Continue?"));
    if (answer == QMessageBox::Yes)
        Q_EMIT resetDemoRequested();
}

void MainWindow::onLocked()
{
    // Hide the content, keep the pages (and their unsaved edits) alive underneath.
    m_content->hide();
    m_lockOverlay->activate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace GovDesk::Shell
