// Tests Session: unlock, wrong passphrase and its delay, damaged files (found before the unlock, while
// working, or by the background page check), locking, auto-lock, rekey.
#include "ManualCountdown.h"
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"
#include "store/DamageMark.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;

namespace {
SecureBytes passphrase(const char *text = "春风又绿江南岸-2026")
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

QStringList auditEvents(Session &session)
{
    QStringList events;
    const auto entries = session.audit().entries();
    for (const AuditEntry &entry : entries.value_or(QList<AuditEntry>{}))
        events << entry.event;
    return events;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    ProfileMetadata m_profile;
    QDateTime m_now;

    // Fills the profile with notes (so that the middle page of the file holds some), checkpointed
    // so that the file alone is the whole database.
    // Fills the profile in a session of its own, closed again at the end.
    void fillClosedProfile()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        fillProfile(session);
    }

    void fillProfile(Session &session)
    {
        GD_VERIFY(session.database().execute(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        auto tx = Transaction::begin(session.database());
        GD_VERIFY(tx);
        auto insert = session.database().prepare(QStringLiteral("INSERT INTO notes (text) VALUES (?1)"));
        GD_VERIFY(insert);
        for (int i = 0; i < 6000; ++i) {
            insert->bind(
                1, QStringLiteral("黔南州森林防火工作简报第%1期：各乡镇加强巡查，严防野外用火。").arg(i));
            GD_VERIFY(insert->exec());
            insert->reset();
        }
        GD_VERIFY(tx->commit());
        GD_VERIFY(session.database().checkpoint());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto created = m_profiles->create(
            {.displayName = QStringLiteral("李明"), .organisation = QStringLiteral("黔南州人民政府办公室")},
            passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profile = *created;
        m_now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    }

    void unlockOpensAndLogs()
    {
        Session session(*m_profiles);
        QSignalSpy unlocked(&session, &Session::unlocked);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QVERIFY(session.isUnlocked());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(session.profile().organisation, QStringLiteral("黔南州人民政府办公室"));
        QCOMPARE(auditEvents(session), QStringList{AuditEvent::UnlockSucceeded});
        GD_VERIFY(session.database().execute(QStringLiteral("CREATE TABLE notes (text TEXT)")));
    }

    void wrongPassphraseIsCountedDelayedAndAudited()
    {
        Session session(*m_profiles);
        session.setClock([this] { return m_now; });
        const QByteArray before = fileSha256(m_profiles->databasePathOf(m_profile));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            auto result = session.unlock(m_profile.id, passphrase("错误口令"));
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(result.error().message, QStringLiteral("The passphrase is wrong."));
            QVERIFY(!session.isUnlocked());
        }
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 3);
        QCOMPARE(fileSha256(m_profiles->databasePathOf(m_profile)), before);

        // After the third failure the next attempt waits one second, without deriving a key.
        auto throttled = session.unlock(m_profile.id, passphrase());
        QVERIFY(!throttled);
        QCOMPARE(throttled.error().code, ErrorCode::Throttled);
        m_now = m_now.addSecs(1);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(auditEvents(session), (QStringList{AuditEvent::UnlockFailed, AuditEvent::UnlockFailed,
                                                    AuditEvent::UnlockFailed, AuditEvent::UnlockSucceeded}));
        QCOMPARE(session.profile().failedUnlocks, 0);
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 0);
    }

    void asyncUnlockDerivesOffTheCallingThread()
    {
        Session session(*m_profiles);
        bool finished = false;
        Result<> outcome;
        session.unlockAsync(m_profile.id, passphrase("错误口令"), [&](Result<> result) {
            outcome = std::move(result);
            finished = true;
        });
        QVERIFY(!finished); // returned before the key was derived
        QTRY_VERIFY(finished);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 1);

        finished = false;
        session.unlockAsync(m_profile.id, passphrase(), [&](Result<> result) {
            outcome = std::move(result);
            finished = true;
        });
        QTRY_VERIFY(finished);
        GD_VERIFY(outcome);
        QVERIFY(session.isUnlocked());
        QCOMPARE(session.idleLock().timeout(), std::chrono::milliseconds(std::chrono::minutes(10)));
    }

    // The UI thread only attaches the profile: the migrations, the audit entry and the
    // description (three syncs to disk) are written on the pool thread with the key derivation.
    void asyncUnlockRecordsItOffTheCallersThread()
    {
        Session session(*m_profiles);
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        QSet<QThread *> askedFrom;
        QMutex guard;
        session.setClock([&] {
            const QMutexLocker locked(&guard);
            askedFrom.insert(QThread::currentThread());
            return now;
        });
        bool finished = false;
        Result<> outcome;
        session.unlockAsync(m_profile.id, passphrase(), [&](Result<> result) {
            outcome = std::move(result);
            finished = true;
        });
        QTRY_VERIFY(finished);
        GD_VERIFY(outcome);
        QCOMPARE(m_profiles->find(m_profile.id)->lastUsedAt, now);
        const QMutexLocker locked(&guard);
        QVERIFY(std::any_of(askedFrom.cbegin(), askedFrom.cend(),
                            [](QThread *thread) { return thread != QThread::currentThread(); }));
        const auto entries = session.audit().entries();
        GD_VERIFY(entries);
        QCOMPARE(entries->constLast().event, AuditEvent::UnlockSucceeded);
    }

    void unlockDelayGrowsAndIsCapped()
    {
        QCOMPARE(Session::unlockDelay(0), 0s);
        QCOMPARE(Session::unlockDelay(2), 0s);
        QCOMPARE(Session::unlockDelay(3), 1s);
        QCOMPARE(Session::unlockDelay(4), 2s);
        QCOMPARE(Session::unlockDelay(6), 8s);
        QCOMPARE(Session::unlockDelay(50), 300s);
    }

    void damagedDatabaseIsCorruptNotWrongPassphrase()
    {
        const QString path = m_profiles->databasePathOf(m_profile);
        QVERIFY(flipByte(path, 200));
        Session session(*m_profiles);
        auto result = session.unlock(m_profile.id, passphrase());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Corrupt);
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 0); // not the user's fault
    }

    void damagedPageIsRefusedAtUnlockWithoutWritingAnything()
    {
        fillClosedProfile();
        const QString path = m_profiles->databasePathOf(m_profile);
        QVERIFY(damageMiddlePage(path) > 0);
        const QByteArray damaged = fileSha256(path);

        Session session(*m_profiles);
        auto result = session.unlock(m_profile.id, passphrase());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Corrupt);
        QCOMPARE(result.error().message, DamageMark::damageError({}).message);
        QVERIFY(!session.isUnlocked());
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 0);

        bool finished = false;
        Result<> outcome;
        session.unlockAsync(m_profile.id, passphrase(), [&](Result<> asyncResult) {
            outcome = std::move(asyncResult);
            finished = true;
        });
        QTRY_VERIFY(finished);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Corrupt);
        QCOMPARE(fileSha256(path), damaged);
    }

    void backgroundPageCheckFindsDamageAfterTheUnlock()
    {
        fillClosedProfile();
        QVERIFY(damageMiddlePage(m_profiles->databasePathOf(m_profile)) > 0);

        // The demo's way: open first, read every page once the window is up.
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase(), Session::PageCheck::InBackground));
        QVERIFY(!session.isDamaged()); // nothing has read the bad page yet
        QSignalSpy announced(&session, &Session::damaged);
        QSignalSpy checked(&session, &Session::pagesChecked);
        session.checkPagesInBackground();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(session.isDamaged());
        QTRY_COMPARE(announced.count(), 1);
        auto refused = session.settings().setValue(QStringLiteral("core"), QStringLiteral("serverUrl"),
                                                   QStringLiteral("https://oa.qiannan.gov.cn"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Corrupt);
    }

    void backgroundPageCheckOfASoundProfile()
    {
        fillClosedProfile();
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase(), Session::PageCheck::InBackground));
        QSignalSpy checked(&session, &Session::pagesChecked);
        session.checkPagesInBackground();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        QVERIFY(!session.isDamaged());
        GD_VERIFY(session.records().put(QStringLiteral("notes"), QStringLiteral("n1"),
                                        {{QStringLiteral("title"), QStringLiteral("防汛值班表")}}));
    }

    void lockStopsTheBackgroundPageCheck()
    {
        fillClosedProfile();
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase(), Session::PageCheck::InBackground));
        QSignalSpy checked(&session, &Session::pagesChecked);
        session.checkPagesInBackground();
        session.lock(); // stops the check and closes its connection before the key goes
        QVERIFY(!session.isUnlocked());
        QCoreApplication::processEvents();
        QCOMPARE(checked.count(), 0); // a stopped check reports nothing
        // Nothing was marked and nothing holds the file: it unlocks again, checked as usual.
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QVERIFY(!session.isDamaged());
    }

    void damageFoundWhileUnlockedStopsEveryWrite()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        fillProfile(session);
        const QString path = m_profiles->databasePathOf(m_profile);
        QVERIFY(damageMiddlePage(path) > 0);
        const QByteArray damaged = fileSha256(path);
        QSignalSpy announced(&session, &Session::damaged);

        {
            // The sync worker's connection has no page cached: it reads the bad page first.
            auto worker = session.openWorkerConnection();
            GD_VERIFY(worker);
            auto scan = (*worker)->queryInt(QStringLiteral("SELECT count(text) FROM notes"));
            QVERIFY(!scan);
            QCOMPARE(scan.error().code, ErrorCode::Corrupt);
        }
        QVERIFY(session.isDamaged());
        QTRY_COMPARE(announced.count(), 1);

        const auto refused = [](const Result<> &result) {
            return !result && result.error().code == ErrorCode::Corrupt;
        };
        QVERIFY(refused(session.settings().setValue(QStringLiteral("core"), QStringLiteral("serverUrl"),
                                                    QStringLiteral("https://oa.qiannan.gov.cn"))));
        QVERIFY(refused(session.records().put(QStringLiteral("notes"), QStringLiteral("n1"),
                                              {{QStringLiteral("title"), QStringLiteral("防汛值班表")}})));
        auto audited = session.audit().append(AuditEvent::BackupCreated, m_profile.id);
        QVERIFY(!audited);
        QCOMPARE(audited.error().code, ErrorCode::Corrupt);
        QVERIFY(refused(session.backupTo(m_dir->filePath(QStringLiteral("copy.gdbackup")))));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("copy.gdbackup"))));
        auto another = session.openWorkerConnection();
        QVERIFY(!another);
        QCOMPARE(another.error().code, ErrorCode::Corrupt);

        session.lock(); // its audit entry cannot be written either
        QCOMPARE(fileSha256(path), damaged);
    }

    void truncatedDatabaseIsCorrupt()
    {
        const QString path = m_profiles->databasePathOf(m_profile);
        QVERIFY(truncateFile(path, 1000));
        const QByteArray before = fileSha256(path);
        Session session(*m_profiles);
        auto result = session.unlock(m_profile.id, passphrase());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Corrupt);
        QCOMPARE(fileSha256(path), before);
    }

    void secondSessionOnSameProfileIsLocked()
    {
        Session first(*m_profiles);
        GD_VERIFY(first.unlock(m_profile.id, passphrase()));
        Session second(*m_profiles);
        auto result = second.unlock(m_profile.id, passphrase());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Locked);
        first.lock();
        GD_VERIFY(second.unlock(m_profile.id, passphrase()));
    }

    void lockClosesAndLogs()
    {
        Session session(*m_profiles);
        QSignalSpy locked(&session, &Session::locked);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        session.lock();
        QVERIFY(!session.isUnlocked());
        QCOMPARE(locked.count(), 1);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QVERIFY(auditEvents(session).contains(AuditEvent::Locked));
        auto verification = session.audit().verify();
        GD_VERIFY(verification);
        QVERIFY(verification->intact);
    }

    void entriesCutOffTheEndOfTheAuditLogAreFound()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        session.lock(); // anchors the head (entry 2: unlock, lock)
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QVERIFY(session.verifyAudit().value_or(AuditVerification{.intact = false}).intact);
        // Someone with the key removes the newest entries and the guarding trigger.
        GD_VERIFY(session.database().execute(
            QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE sequence >= 2")));
        QVERIFY(session.audit().verify().value_or(AuditVerification{.intact = false}).intact); // chain alone:
                                                                                               // fine
        auto verification = session.verifyAudit();
        GD_VERIFY(verification);
        QVERIFY(!verification->intact);
        QCOMPARE(verification->firstBrokenSequence, 2);
        QVERIFY(verification->reason.contains(QStringLiteral("removed")));
    }

    void searchTypesSurviveLockAndUnlock()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        GD_VERIFY(session.search().registerType(
            {QStringLiteral("documents"), QStringLiteral("outgoing"), QStringLiteral("发文")}));
        session.lock();
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        GD_VERIFY(session.search().index({QStringLiteral("documents"),
                                          QStringLiteral("outgoing"),
                                          QStringLiteral("d-1"),
                                          QStringLiteral("关于做好2014年森林防火工作的通知"),
                                          QString(),
                                          {}}));
    }

    void idleSessionLocksItself()
    {
        Session session(*m_profiles);
        ManualCountdown &countdown = ManualCountdown::installIn(session.idleLock());
        QSignalSpy locked(&session, &Session::locked);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(session.idleLock().timeout(), std::chrono::milliseconds(10min)); // the profile's setting
        countdown.advance(9min);
        session.idleLock().noteActivity();
        countdown.advance(9min);
        QVERIFY(session.isUnlocked()); // never 10 minutes idle
        countdown.advance(1min);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.isUnlocked());
        QVERIFY(!countdown.isRunning()); // locked: no countdown until the next unlock
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QVERIFY(countdown.isRunning());
    }

    void autoLockMinutesArePersisted()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        GD_VERIFY(session.setAutoLockMinutes(15));
        QCOMPARE(session.idleLock().timeout(), std::chrono::milliseconds(15min));
        QCOMPARE(session.setAutoLockMinutes(-1).error().code, ErrorCode::InvalidArgument);
        session.lock();
        QCOMPARE(m_profiles->find(m_profile.id)->autoLockMinutes, 15);
    }

    void changePassphraseThenOnlyTheNewOneOpens()
    {
        {
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_profile.id, passphrase()));
            GD_VERIFY(
                session.database().execute(QStringLiteral("CREATE TABLE documents (number TEXT); INSERT INTO "
                                                          "documents VALUES ('桂政发〔2014〕12号')")));
            auto refused = session.changePassphrase(passphrase("不是当前口令"), passphrase("新口令"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase);
            GD_VERIFY(session.changePassphrase(passphrase(), passphrase("新口令-秋水共长天一色")));
            QCOMPARE(session.profile().generation, 2);
            // Still usable right after the switch.
            QCOMPARE(
                session.database().queryInt(QStringLiteral("SELECT count(*) FROM documents")).value_or(-1),
                1);
        }
        QCOMPARE(QDir(m_profiles->directoryOf(m_profile.id))
                     .entryList({QStringLiteral("store-*.gddb")}, QDir::Files),
                 QStringList{QStringLiteral("store-2.gddb")});
        Session session(*m_profiles);
        QCOMPARE(session.unlock(m_profile.id, passphrase()).error().code, ErrorCode::WrongPassphrase);
        GD_VERIFY(session.unlock(m_profile.id, passphrase("新口令-秋水共长天一色")));
        QCOMPARE(session.database().queryInt(QStringLiteral("SELECT count(*) FROM documents")).value_or(-1),
                 1);
        QVERIFY(auditEvents(session).contains(AuditEvent::PassphraseChanged));
        QVERIFY(session.audit().verify()->intact);
        QVERIFY(isEncryptedOnDisk(m_profiles->databasePathOf(session.profile())));
    }

    void interruptedRekeyLeavesOldPassphraseWorking()
    {
        // A crash after the new generation was written but before the description switched:
        // simulate by leaving a stray next-generation file behind.
        QFile stray(m_profiles->directoryOf(m_profile.id) + QStringLiteral("/store-2.gddb"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(QByteArray(4096, 'x'));
        stray.close();
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        QCOMPARE(session.profile().generation, 1);
        QVERIFY(!stray.exists()); // cleaned up after a successful unlock
        GD_VERIFY(session.changePassphrase(passphrase(), passphrase("另一个口令")));
        QCOMPARE(session.profile().generation, 2);
    }

    void serverUrlFromSettingsOverridesTheOneGivenAtCreation()
    {
        auto created = m_profiles->create(
            {.displayName = QStringLiteral("赵敏"), .serverUrl = QStringLiteral("https://a.example.gov.cn")},
            passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(created->id, passphrase()));
        QCOMPARE(session.serverUrl(), QStringLiteral("https://a.example.gov.cn"));
        QVERIFY(session.canSync());
        GD_VERIFY(session.settings().setValue(QStringLiteral("core"), QStringLiteral("serverUrl"),
                                              QStringLiteral("https://b.example.gov.cn")));
        QCOMPARE(session.serverUrl(), QStringLiteral("https://b.example.gov.cn"));
        GD_VERIFY(
            session.settings().setValue(QStringLiteral("core"), QStringLiteral("serverUrl"), QString()));
        QVERIFY(!session.canSync()); // cleared on purpose: offline
    }

    void integrityCheckOfHealthyProfileIsEmpty()
    {
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
        auto problems = session.integrityCheck();
        GD_VERIFY(problems);
        QVERIFY(problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
