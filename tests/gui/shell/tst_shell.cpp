// GUI tests of the shell on the real widgets: profile dialog, new profile, main window with the
// real workbench plugin, global search, auto-lock keeping unsaved edits, demo reset.
#include "DialogTestSupport.h"
#include "GlobalSearchDialog.h"
#include "LockOverlay.h"
#include "MainWindow.h"
#include "ManualCountdown.h"
#include "NewProfileDialog.h"
#include "ProfileDialog.h"
#include "ShellController.h"
#include "TestProfile.h"
#include "sync/OrganisationDirectory.h"
#include "todo/TodoService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;
using GovDesk::Test::ManualCountdown;
using GovDesk::Test::typeText;

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GOVDESK_MODULE_PATH"))
            qputenv("GOVDESK_MODULE_PATH", GOVDESK_BUILD_MODULE_DIR);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("config")));
    }

    void profileDialogShowsWrongPassphraseThenUnlocks()
    {
        ProfileRepository profiles(m_dir->filePath(QStringLiteral("profiles")));
        auto created = profiles.create({.displayName = QStringLiteral("王芳"), .organisation = QStringLiteral("福建省人民政府办公厅")},
                                       SecureBytes::fromUtf8(QStringLiteral("闽政通-2014")), KdfParameters::forTests());
        GD_VERIFY(created);
        Session session(profiles);
        ProfileDialog dialog(profiles, session);
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "profileList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("福建省人民政府办公厅")));

        auto *passphrase = child<QLineEdit>(&dialog, "passphrase");
        typeText(passphrase, QStringLiteral("错误的口令"));
        QTest::mouseClick(child<QPushButton>(&dialog, "unlock"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&dialog, "status")->text(), QStringLiteral("The passphrase is wrong."));
        QVERIFY(!session.isUnlocked());
        QVERIFY(passphrase->text().isEmpty()); // never left lying in the field

        typeText(passphrase, QStringLiteral("闽政通-2014"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(session.isUnlocked());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.demoChosen());
    }

    void newProfileDialogRefusesPlainHttpAndCreates()
    {
        ProfileRepository profiles(m_dir->filePath(QStringLiteral("profiles")));
        NewProfileDialog dialog(profiles);
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        typeText(child<QLineEdit>(&dialog, "name"), QStringLiteral("刘洋"));
        typeText(child<QLineEdit>(&dialog, "organisation"), QStringLiteral("甘肃省林业厅"));
        typeText(child<QLineEdit>(&dialog, "server"), QStringLiteral("http://sync.example.gov.cn"));
        typeText(child<QLineEdit>(&dialog, "passphrase"), QStringLiteral("祁连山国家公园-2026"));
        typeText(child<QLineEdit>(&dialog, "repeat"), QStringLiteral("祁连山国家公园-2026"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "status")->text().contains(QStringLiteral("https://")));
        child<QLineEdit>(&dialog, "server")->setText(QStringLiteral("https://sync.example.gov.cn"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "strength")->text(), QStringLiteral("Strong."));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        auto profile = profiles.find(dialog.createdProfileId());
        GD_VERIFY(profile);
        QCOMPARE(profile->organisation, QStringLiteral("甘肃省林业厅"));
        QCOMPARE(profile->serverUrl, QStringLiteral("https://sync.example.gov.cn"));
    }

    void demoWindowNavigatesEveryModule()
    {
        ShellController shell(m_dir->filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(child<QLabel>(window, "demoBanner")->isVisible());
        QVERIFY(shell.modules().unavailable().isEmpty());
        auto *navigation = child<QListWidget>(window, "navigation");
        QVERIFY(navigation->count() >= 1);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QVERIFY(child<QStackedWidget>(window, "pages")->currentWidget()->objectName().startsWith(QStringLiteral("page-")));
        }
        QCOMPARE(window->currentModule(), navigation->currentItem()->data(Qt::UserRole + 1).toString());
        // The demo never syncs: it gets govdesk-syncd --demo's organisations, so its documents'
        // recipients show by name.
        QCOMPARE(GovDesk::Core::OrganisationDirectory(shell.session().database()).organisations().value_or(
                     QList<GovDesk::Core::OrganisationEntry>{}),
                 GovDesk::Core::OrganisationDirectory::demoDirectory());
    }

    void globalSearchOpensAHit()
    {
        ShellController shell(m_dir->filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->showModule(QStringLiteral("workbench")));
        auto *view = window->findChild<QTreeView *>(QStringLiteral("workbenchView"));
        QVERIFY(view);
        const QAbstractItemModel *rows = view->model();
        QTRY_VERIFY(rows->rowCount() > 1);
        // Start on another row: opening the hit must move the selection there.
        view->setCurrentIndex(rows->index(rows->rowCount() - 1, 0));

        QString hitModule;
        QString hitRecord;
        QString hitTitle;
        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *box = child<QLineEdit>(dialog, "searchEdit");
            auto *results = child<QTreeWidget>(dialog, "searchResults");
            typeText(box, QStringLiteral("林长制工作总结")); // a personal item of the workbench's demo
            QTRY_VERIFY(results->currentItem()); // debounce and search
            for (int i = 0; i < 20 && results->currentItem()->data(0, GlobalSearchDialog::ModuleRole).toString()
                                          != QStringLiteral("workbench");
                 ++i)
                QTest::keyClick(box, Qt::Key_Down);
            const QTreeWidgetItem *hit = results->currentItem();
            hitModule = hit->data(0, GlobalSearchDialog::ModuleRole).toString();
            hitRecord = hit->data(0, GlobalSearchDialog::RecordIdRole).toString();
            hitTitle = hit->text(0);
            QTest::keyClick(box, Qt::Key_Return);
            typed = true;
        });
        QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_K));
        QTRY_VERIFY(typed);
        QCOMPARE(hitModule, QStringLiteral("workbench"));
        QVERIFY(!hitRecord.isEmpty());
        QCOMPARE(window->currentModule(), QStringLiteral("workbench"));

        // The workbench lists records by title only: the hit's title names exactly one row.
        const auto rowTitled = [rows](const QString &title) {
            QList<int> found;
            for (int row = 0; row < rows->rowCount(); ++row) {
                for (int column = 0; column < rows->columnCount(); ++column) {
                    if (rows->index(row, column).data().toString() == title)
                        found << row;
                }
            }
            return found;
        };
        const QList<int> expected = rowTitled(hitTitle);
        QCOMPARE(expected.size(), 1);
        QVERIFY(expected.first() != rows->rowCount() - 1); // not where the test left the selection
        QCOMPARE(view->currentIndex().row(), expected.first());
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), expected.first());
        // The page gives the opened record the keyboard (Enter opens it, arrows move on).
        QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(view));
    }

    void autoLockHidesContentAndKeepsUnsavedEdits()
    {
        ShellController shell(m_dir->filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QWidget *page = child<QStackedWidget>(window, "pages")->currentWidget();
        auto *edit = page->findChild<QLineEdit *>();
        QVERIFY2(edit, "the first page has a text field to type into");
        edit->setText(QStringLiteral("尚未保存的输入"));

        ManualCountdown &countdown = ManualCountdown::installIn(shell.session().idleLock());
        QVERIFY(countdown.isRunning());
        countdown.advance(std::chrono::minutes(shell.session().profile().autoLockMinutes));
        QVERIFY(!shell.session().isUnlocked());
        auto *overlay = child<LockOverlay>(window, "lockOverlay");
        QTRY_VERIFY(overlay->isVisible());
        QVERIFY(!page->isVisible());

        auto *passphrase = child<QLineEdit>(overlay, "lockPassphrase");
        typeText(passphrase, QStringLiteral("wrong"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(!child<QLabel>(overlay, "lockStatus")->text().isEmpty());
        QVERIFY(!shell.session().isUnlocked());

        typeText(passphrase, QString::fromLatin1(ProfileRepository::DemoPassphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(shell.session().isUnlocked());
        QTRY_VERIFY(!overlay->isVisible());
        QVERIFY(page->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("尚未保存的输入"));
    }

    void demoResetRecreatesTheDemo()
    {
        ShellController shell(m_dir->filePath(QStringLiteral("profiles")));
        QVERIFY(shell.start(true));
        const qint64 seeded = shell.session().todos().openCount().value_or(-1);
        QVERIFY(seeded > 0);
        const TodoItem first = shell.session().todos().openItems()->first();
        GD_VERIFY(shell.session().todos().complete(first.module, first.recordId, first.kind));
        QCOMPARE(shell.session().todos().openCount().value_or(-1), seeded - 1);
        GD_VERIFY(shell.resetDemo());
        QVERIFY(shell.window());
        QVERIFY(shell.session().isUnlocked());
        QCOMPARE(shell.session().todos().openCount().value_or(-1), seeded);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
