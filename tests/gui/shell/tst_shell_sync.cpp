// The shell's sync front end against the real govdesk-syncd over HTTPS: the status bar, sign-in,
// "立即同步", a conflict chosen in the conflict dialog, roles from the server, and the demo that
// never syncs.
#include "ConflictDialog.h"
#include "DialogTestSupport.h"
#include "InterfaceFont.h"
#include "MainWindow.h"
#include "ModuleUiLoader.h"
#include "ShellController.h"
#include "SignInDialog.h"
#include "SyncServerFixture.h"
#include "SyncStatusWidget.h"
#include "TestProfile.h"
#include "module/ModuleManager.h"
#include "module/ModuleMetadata.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "sync/RecordStore.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;
using GovDesk::Test::SyncServerFixture;
using GovDesk::Test::typeText;

namespace {
const QString Collection = QStringLiteral("documents.document");

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// The status bar's texts as the UI shows them (Chinese when screenshots are taken).
QString statusText(const char *source, int n = -1)
{
    return QCoreApplication::translate("GovDesk::Shell::SyncStatusWidget", source, nullptr, n);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestShellSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncServerFixture m_server;

    // The server's view of one record, through another device of the same user.
    QJsonObject serverRecord(const QString &token, const QString &recordId)
    {
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const QJsonObject body
                = m_server.request("GET", QStringLiteral("/v1/sync/pull?cursor=") + cursor, {}, token).json();
            for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray()) {
                if (change[QStringLiteral("recordId")].toString() == recordId)
                    return change.toObject();
            }
            cursor = body.value(QStringLiteral("cursor")).toString();
            if (!body.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        GovDesk::Ui::useInterfaceFont(); // as the application does: screenshots show what users see
        if (qEnvironmentVariableIsEmpty("GOVDESK_MODULE_PATH"))
            qputenv("GOVDESK_MODULE_PATH", GOVDESK_BUILD_MODULE_DIR);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        GD_VERIFY(m_server.setUp());
        GovDesk::Test::useChineseForScreenshots();
    }

    void signInSyncAndResolveAConflict()
    {
        ProfileRepository profiles(m_dir.filePath(QStringLiteral("profiles")));
        auto created = profiles.create({.displayName = QStringLiteral("王芳"),
                                        .organisation = QStringLiteral("柳州市人民政府办公室"),
                                        .serverUrl = m_server.baseUrl().toString()},
                                       SecureBytes::fromUtf8(QStringLiteral("柳州-口令-2026")),
                                       KdfParameters::forTests());
        GD_VERIFY(created);
        Session session(profiles);
        GD_VERIFY(session.unlock(created->id, SecureBytes::fromUtf8(QStringLiteral("柳州-口令-2026"))));
        GD_VERIFY(session.settings().setValue(
            QStringLiteral("core"), QString::fromLatin1(SyncSettings::CaBundlePathKey), m_server.caFile()));
        SyncService sync(session);
        sync.refresh();
        ModuleManager modules;
        modules.discover();
        modules.initializeAll(session);
        GovDesk::Ui::ModuleUiLoader uis;
        uis.discover(modules.uiPlugins());
        MainWindow window(session, modules, uis, sync);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *status = window.findChild<SyncStatusWidget *>();
        QVERIFY(status);
        auto *syncNow = child<QToolButton>(status, "syncNowButton");
        QCOMPARE(sync.state(), SyncService::State::Idle);
        QVERIFY(status->statusText().contains(statusText("Ready to sync")));

        // Never signed in: the server wants the password, and the status bar says so.
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->statusText().contains(statusText("Sign-in needed")), 15000);
        QCOMPARE(syncNow->text(), statusText("Sign in…"));

        SignInDialog signIn(sync, session.serverUrl(), {}, &window);
        signIn.show();
        QTest::keyClicks(child<QLineEdit>(&signIn, "userEdit"), QStringLiteral("wangfang"));
        typeText(child<QLineEdit>(&signIn, "passwordEdit"), QStringLiteral("wrong-password"));
        QTest::mouseClick(signIn.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        auto *message = child<QLabel>(&signIn, "signInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(
            message->isVisible()
                && message->text()
                       != QCoreApplication::translate("GovDesk::Shell::SignInDialog", "Signing in…"),
            15000);
        QVERIFY(GovDesk::Test::saveScreenshot(&signIn, QStringLiteral("sync-sign-in")));
        QVERIFY(child<QLineEdit>(&signIn, "passwordEdit")->text().isEmpty());
        QCOMPARE(signIn.result(), int(QDialog::Rejected));

        typeText(child<QLineEdit>(&signIn, "passwordEdit"),
                 QString::fromUtf8(SyncServerFixture::DefaultPassword));
        QTest::mouseClick(signIn.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signIn.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(sync.account().organisationId, QStringLiteral("gx-lz-gov"));
        QTRY_VERIFY_WITH_TIMEOUT(status->statusText().startsWith(statusText("Online")), 15000);

        // Roles come from the server's account now: a leaders-only module is not offered to a clerk.
        ModuleMetadata leadersOnly;
        leadersOnly.roles = {QStringLiteral("leader")};
        QVERIFY(!window.roleMayOpen(leadersOnly));
        leadersOnly.roles << sync.account().roles;
        QVERIFY(window.roleMayOpen(leadersOnly));
        QVERIFY(window.listedModules().contains(QStringLiteral("workbench"))); // open to every role

        // A local record reaches the server with "立即同步".
        const QString id = RecordStore::newRecordId();
        const QJsonObject draft{
            {QStringLiteral("title"), QStringLiteral("关于做好2026年冬季森林防火工作的通知")},
            {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕12号")}};
        GD_VERIFY(session.records().put(Collection, id, draft));
        QTRY_COMPARE(sync.pendingCount(), 1);
        QVERIFY2(status->statusText().contains(statusText("%n change(s) waiting", 1)),
                 qPrintable(status->statusText()));
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingCount(), 0, 15000);
        QTRY_COMPARE(sync.state(), SyncService::State::Idle);
        auto grant = m_server.signIn(QStringLiteral("wangfang"));
        GD_VERIFY(grant);
        const QString token = grant->value(QStringLiteral("accessToken")).toString();
        QCOMPARE(serverRecord(token, id)[QStringLiteral("revision")].toInt(), 1);

        // Another device changes it on the server; this one edits its older copy: a conflict.
        QJsonObject theirs = draft;
        theirs[QStringLiteral("title")] = QStringLiteral("关于做好冬春森林防火工作的通知（修改稿）");
        const QJsonObject op{{QStringLiteral("opId"), RecordStore::newRecordId()},
                             {QStringLiteral("collection"), Collection},
                             {QStringLiteral("recordId"), id},
                             {QStringLiteral("baseRevision"), 1},
                             {QStringLiteral("deleted"), false},
                             {QStringLiteral("payload"), theirs}};
        const auto pushed = m_server.request("POST", QStringLiteral("/v1/sync/push"),
                                             json({{QStringLiteral("ops"), QJsonArray{op}}}), token);
        QCOMPARE(pushed.json()[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        QJsonObject mine = draft;
        mine[QStringLiteral("title")] = QStringLiteral("关于做好2026年冬季森林防火工作的紧急通知");
        GD_VERIFY(session.records().put(Collection, id, mine));
        QSignalSpy conflictsChanged(&sync, &SyncService::conflictsChanged);
        window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!conflictsChanged.isEmpty(), 15000);
        QTRY_VERIFY(
            status->statusText().contains(statusText("%n conflict(s) to resolve (Sync → Conflicts)", 1)));

        ConflictDialog conflicts(session.records(),
                                 [&](const QString &moduleId) { return window.moduleName(moduleId); });
        conflicts.show();
        QCOMPARE(conflicts.conflictCount(), 1);
        QVERIFY(child<QListWidget>(&conflicts, "conflictList")
                    ->item(0)
                    ->text()
                    .contains(mine[QStringLiteral("title")].toString()));
        QVERIFY(child<QPlainTextEdit>(&conflicts, "localVersion")
                    ->toPlainText()
                    .contains(QStringLiteral("紧急通知")));
        QVERIFY(child<QPlainTextEdit>(&conflicts, "serverVersion")
                    ->toPlainText()
                    .contains(QStringLiteral("修改稿")));
        conflicts.resize(900, 520);
        QVERIFY(GovDesk::Test::saveScreenshot(&conflicts, QStringLiteral("sync-conflicts")));
        QSignalSpy resolved(&conflicts, &ConflictDialog::resolved);
        QTest::mouseClick(child<QPushButton>(&conflicts, "keepLocalButton"), Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toBool(), true);
        QCOMPARE(conflicts.conflictCount(), 0);
        QCOMPARE(session.records().conflicts().value_or(QList<SyncConflict>{{}}).size(), 0);
        QTRY_VERIFY(
            !status->statusText().contains(statusText("%n conflict(s) to resolve (Sync → Conflicts)", 1)));

        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingCount(), 0, 15000);
        QTRY_COMPARE(sync.state(), SyncService::State::Idle);
        const QJsonObject onServer = serverRecord(token, id);
        QCOMPARE(onServer[QStringLiteral("revision")].toInt(), 3);
        QCOMPARE(onServer[QStringLiteral("payload")][QStringLiteral("title")].toString(),
                 mine[QStringLiteral("title")].toString());
        QVERIFY(GovDesk::Test::saveScreenshot(&window, QStringLiteral("sync-status")));

        // A run that completed but left something undone says so beside the state, with the
        // matters in the tooltip (as the engine reports a seal the server sent but that was refused).
        SyncSummary undone;
        undone.sealProblem = QStringLiteral("the seal certificate is not issued by the seal authority");
        Q_EMIT sync.syncFinished(undone);
        QVERIFY2(status->statusText().contains(statusText("%n notice(s)", 1)),
                 qPrintable(status->statusText()));
        QVERIFY(status->statusDetail().contains(undone.sealProblem));
        Q_EMIT sync.syncFinished(SyncSummary{});
        QVERIFY(!status->statusText().contains(statusText("%n notice(s)", 1)));
        modules.shutdown();
    }

    void demoNeverSyncs()
    {
        ShellController shell(m_dir.filePath(QStringLiteral("demo-profiles")));
        QVERIFY(shell.start(true));
        MainWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *status = window->findChild<SyncStatusWidget *>();
        QCOMPARE(shell.sync().state(), SyncService::State::Disabled);
        QCOMPARE(status->statusText(),
                 QCoreApplication::translate("GovDesk::Shell::MainWindow", "Demo: never syncs"));
        QVERIFY(!child<QToolButton>(status, "syncNowButton")->isVisible());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionSyncNow"))->isEnabled());
        shell.sync().syncNow();
        QCOMPARE(shell.sync().state(), SyncService::State::Disabled);
    }
};

QTEST_MAIN(TestShellSync)
#include "tst_shell_sync.moc"
