// GUI test of the UI side of the module API on the real main window: a module's actions in the
// menu named after it, print and export entries, its settings page, the veto of quitting and
// locking with unsaved edits, field labels for the conflict dialog. The module is a test pair of
// plugins (tests/gui/shell/plugins) next to the real workbench.
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShellController.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;

namespace {
// Runs `trigger`, which opens a modal window, and `handle`s that window once it shows.
bool whenModal(const std::function<void()> &trigger, const std::function<void(QWidget *)> &handle)
{
    bool handled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && !handled) {
            handled = true;
            handle(modal);
        }
    });
    poll.start(20);
    trigger();
    return handled;
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}
} // namespace

class TestShellModuleUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // The workbench first: it is the start page, and the drafts page opens only when asked for.
        qputenv("GOVDESK_MODULE_PATH",
                QByteArray(GOVDESK_BUILD_MODULE_DIR ":" GOVDESK_TEST_SHELL_PLUGIN_DIR));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
    }

    void aModulesPageBringsItsActionsSettingsAndVeto()
    {
        ShellController shell(m_dir.filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(shell.modules().unavailable().isEmpty());
        QVERIFY(window->listedModules().contains(QStringLiteral("drafts")));
        // Listed, but its UI plugin is loaded only now, when the page opens.
        QVERIFY(!shell.moduleUis().isLoaded(QStringLiteral("drafts")));
        QVERIFY(window->showModule(QStringLiteral("drafts")));
        QVERIFY(shell.moduleUis().isLoaded(QStringLiteral("drafts")));
        QWidget *page = window->findChild<QWidget *>(QStringLiteral("page-drafts"));
        QVERIFY(page);

        // Its command, in a menu named after the module; print on, export off.
        auto *menu = window->findChild<QMenu *>(QStringLiteral("moduleMenu"));
        QVERIFY(menu && menu->menuAction()->isVisible());
        QCOMPARE(menu->title(), window->moduleName(QStringLiteral("drafts")));
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("actionSaveDraft"));
        QVERIFY(action(window, "actionPrint")->isEnabled());
        QVERIFY(!action(window, "actionExport")->isEnabled());
        action(window, "actionPrint")->trigger();
        QVERIFY(page->property("printed").toBool());

        // Its settings page sits in the settings dialog and is applied on OK.
        QVERIFY(whenModal([&] { action(window, "actionSettings")->trigger(); },
                          [](QWidget *modal) {
                              auto *dialog = qobject_cast<SettingsDialog *>(modal);
                              QVERIFY(dialog);
                              QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("draftsAutoSave")));
                              dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                          }));
        QTRY_VERIFY(page->property("settingsApplied").toBool());

        // Unsaved text: quitting and locking are refused, saying why, and the page is shown.
        auto *editor = page->findChild<QLineEdit *>(QStringLiteral("draftsEditor"));
        editor->setText(QStringLiteral("关于报送2026年政务公开工作要点的通知（草稿）"));
        QString said;
        const auto readAndClose = [&said](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            said = box->text();
            box->accept();
        };
        window->showModule(QStringLiteral("workbench"));
        QVERIFY(whenModal([&] { QVERIFY(!window->close()); }, readAndClose));
        QCOMPARE(said, QStringLiteral("草稿尚未保存。"));
        QVERIFY(window->isVisible());
        QCOMPARE(window->currentModule(), QStringLiteral("drafts"));
        said.clear();
        QVERIFY(whenModal([&] { action(window, "actionLock")->trigger(); }, readAndClose));
        QCOMPARE(said, QStringLiteral("草稿尚未保存。"));
        QVERIFY(shell.session().isUnlocked());

        // Saved (the module's own action): locking goes ahead.
        menu->actions().first()->trigger();
        action(window, "actionLock")->trigger();
        QVERIFY(!shell.session().isUnlocked());
    }

    void conflictsAreShownWithTheModulesFieldLabels()
    {
        ShellController shell(m_dir.filePath(QStringLiteral("profiles2")));
        QVERIFY(shell.start(true));
        QCOMPARE(shell.modules().fieldLabel(QStringLiteral("drafts.note"), QStringLiteral("subject")),
                 QStringLiteral("主题"));
        QVERIFY(shell.modules().fieldLabel(QStringLiteral("drafts.note"), QStringLiteral("body")).isEmpty());
        // Only the owning module is asked.
        QVERIFY(
            shell.modules().fieldLabel(QStringLiteral("other.note"), QStringLiteral("subject")).isEmpty());
        QVERIFY(
            !shell.modules().fieldLabel(QStringLiteral("workbench.task"), QStringLiteral("title")).isEmpty());
    }
};

QTEST_MAIN(TestShellModuleUi)
#include "tst_shell_moduleui.moc"
