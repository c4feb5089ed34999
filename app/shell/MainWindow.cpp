#include "MainWindow.h"

#include "ConflictDialog.h"
#include "EmptyState.h"
#include "GlobalSearchDialog.h"
#include "LockOverlay.h"
#include "ModuleUiLoader.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SyncStatusWidget.h"
#include "module/ModuleContext.h"
#include "module/ModuleGuard.h"
#include "module/ModuleManager.h"
#include "module/RoleAccess.h"
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
} // namespace

MainWindow::MainWindow(Session &session, ModuleManager &modules, Ui::ModuleUiLoader &uis, SyncService &sync,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_modules(modules)
    , m_uis(uis)
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

    buildNavigation();
    buildMenus();
    buildStatusBar();
    // The session's account, not the sync service's: it stays while locked and changes only when
    // the user or their roles do.
    connect(&m_session, &Session::accountChanged, this, &MainWindow::rebuildNavigation);
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
    QList<ModuleRecord> records = m_modules.records();
    std::ranges::stable_sort(records, {}, [](const ModuleRecord &record) { return record.metadata.order; });
    for (const ModuleRecord &record : std::as_const(records)) {
        const bool available = record.state == ModuleState::Initialized;
        if (available && !m_uis.hasUi(record.metadata.id))
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
    return RoleAccess(m_session.account(), m_session.profile().isDemo()).mayOpen(metadata);
}

QStringList MainWindow::hiddenModules() const
{
    QStringList hidden;
    for (const ModuleRecord &record : m_modules.records()) {
        if (!record.metadata.id.isEmpty() && !roleMayOpen(record.metadata))
            hidden << record.metadata.id;
    }
    return hidden;
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
    m_printAction = file->addAction(tr("&Print…"), this, [this] {
        if (Ui::ModuleUi *ui = currentUi(); ui && ui->canPrint())
            ui->print(this);
    });
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportAction = file->addAction(tr("&Export…"), this, [this] {
        if (Ui::ModuleUi *ui = currentUi(); ui && ui->canExport())
            ui->exportCurrent(this);
    });
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lockIfPagesAllow);
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

    // The current page's own commands (ModuleUi::actions()); hidden when it has none.
    m_moduleMenu = menuBar()->addMenu(tr("&Module"));
    m_moduleMenu->setObjectName(QStringLiteral("moduleMenu"));
    updateModuleActions();

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
    ConflictDialog dialog(
        m_session.records(), [this](const QString &id) { return moduleName(id); },
        [this](const QString &collection, const QString &field) { return m_modules.fieldLabel(collection, field); }, this);
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
    connect(lockButton, &QToolButton::clicked, this, &MainWindow::lockIfPagesAllow);
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
    ModuleContext *context = m_modules.context(moduleId);
    // Links and to-dos of other modules lead nowhere the navigation does not offer.
    if (!context || !m_uis.hasUi(moduleId) || !roleMayOpen(context->metadata()))
        return false;
    QWidget *page = m_pageOf.value(moduleId);
    if (!page) {
        QString error;
        Ui::ModuleUi *ui = m_uis.ui(moduleId, &error);
        if (ui) {
            auto created = callModule([&]() -> Result<QWidget *> { return ui->createPage(*context, *this, m_pages); });
            if (created && *created)
                page = *created;
            else
                error = created ? tr("The module \"%1\" has no page.").arg(moduleName(moduleId)) : created.error().fullText();
        }
        if (!page) {
            QMessageBox::warning(this, moduleName(moduleId), error);
            return false;
        }
        page->setObjectName(QStringLiteral("page-") + moduleId);
        m_pages->addWidget(page);
        m_pageOf.insert(moduleId, page);
    }
    m_pages->setCurrentWidget(page);
    updateModuleActions();
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
    if (!showModule(moduleId))
        return;
    Ui::ModuleUi *ui = m_uis.ui(moduleId);
    if (auto opened = callModule([&] { ui->open(recordId); }); !opened)
        QMessageBox::warning(this, moduleName(moduleId), opened.error().fullText());
}

Ui::ModuleUi *MainWindow::currentUi() const
{
    const QString id = currentModule();
    return id.isEmpty() || !m_uis.isLoaded(id) ? nullptr : m_uis.ui(id);
}

void MainWindow::updateModuleActions()
{
    if (!m_moduleMenu)
        return;
    m_moduleMenu->clear();
    Ui::ModuleUi *ui = currentUi();
    const QList<QAction *> actions = ui ? ui->actions() : QList<QAction *>();
    m_moduleMenu->addActions(actions);
    m_moduleMenu->menuAction()->setVisible(!actions.isEmpty());
    if (ui)
        m_moduleMenu->setTitle(moduleName(currentModule()));
    m_printAction->setEnabled(ui && ui->canPrint());
    m_exportAction->setEnabled(ui && ui->canExport());
}

bool MainWindow::pagesMayClose(const QString &what)
{
    const auto loaded = m_uis.loaded();
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        if (!m_pageOf.contains(it.key()))
            continue;
        QString reason;
        auto mayClose = callModule([&]() -> Result<bool> { return it.value()->canClose(&reason); });
        if (mayClose && !*mayClose) {
            showModule(it.key());
            QMessageBox::information(this, what,
                                     reason.isEmpty() ? tr("%1 has unsaved changes.").arg(moduleName(it.key())) : reason);
            return false;
        }
    }
    return true;
}

void MainWindow::openGlobalSearch()
{
    if (!m_session.isUnlocked())
        return;
    GlobalSearchDialog dialog(m_session, [this](const QString &id) { return moduleName(id); }, hiddenModules(), this);
    QString module;
    QString record;
    connect(&dialog, &GlobalSearchDialog::hitActivated, this, [&](const QString &m, const QString &r) {
        module = m;
        record = r;
    });
    dialog.exec();
    // Only once the dialog is gone: closing it hands the focus back to whatever had it before, so
    // a record opened while it was still up would not get the keyboard.
    if (!module.isEmpty())
        openRecord(module, record);
}

void MainWindow::openSettings()
{
    if (!m_session.isUnlocked())
        return;
    SettingsDialog dialog(m_session, this);
    // Modules whose page is open offer their settings beside the shell's.
    QList<Ui::ModuleUi *> withPages;
    const auto loaded = m_uis.loaded();
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        ModuleContext *context = m_modules.context(it.key());
        if (!context || !m_pageOf.contains(it.key()))
            continue;
        auto page = callModule([&]() -> Result<QWidget *> { return it.value()->createSettingsPage(*context, &dialog); });
        if (page && *page) {
            dialog.addModulePage(moduleName(it.key()), *page);
            withPages << it.value();
        }
    }
    if (dialog.exec() == QDialog::Accepted) {
        for (Ui::ModuleUi *ui : std::as_const(withPages))
            (void)callModule([ui] { ui->applySettings(); });
    }
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

void MainWindow::lockIfPagesAllow()
{
    if (pagesMayClose(tr("Lock")))
        m_session.lock();
}

void MainWindow::onLocked()
{
    // Hide the content, keep the pages (and their unsaved edits) alive underneath.
    m_content->hide();
    // Made at the first lock, not at start-up: most windows open and close unlocked (startup_bench).
    if (!m_lockOverlay)
        m_lockOverlay = new LockOverlay(m_session, m_session.profile().id, m_session.profile().displayName,
                                        centralWidget());
    m_lockOverlay->activate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session.isUnlocked() && !pagesMayClose(tr("Quit"))) {
        event->ignore();
        return;
    }
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace GovDesk::Shell
