// Kills a writing process with SIGKILL at random points and checks that nothing committed is
// lost, nothing half-written appears, and the profile always opens with exactly one passphrase.
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "session/ProfileKey.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

namespace {
const QString PassA = QStringLiteral("滕王阁序-落霞与孤鹜齐飞");
const QString PassB = QStringLiteral("岳阳楼记-先天下之忧而忧");
constexpr int Rounds = 20;

struct WorkerRun
{
    QStringList announced;           // the durable steps the worker reported, in order
    bool killedWhileRunning = false; // false: it had already stopped, so the kill tested nothing
    QString error;
};

// Starts the worker, waits until it has announced `steps` durable steps (at most `patience`),
// lets it go on for `thenMs` so that the kill lands anywhere in its next step, then kills it.
WorkerRun runAndKill(const QStringList &arguments, int steps, int thenMs, int patienceMs = 30000)
{
    WorkerRun run;
    QProcess worker;
    worker.start(QStringLiteral(CRASH_WORKER_PATH), arguments);
    if (!worker.waitForStarted()) {
        run.error = QStringLiteral("the worker did not start");
        return run;
    }
    const auto readLines = [&] {
        while (worker.canReadLine())
            run.announced << QString::fromUtf8(worker.readLine()).trimmed();
    };
    QElapsedTimer timer;
    timer.start();
    while (run.announced.size() < steps && timer.elapsed() < patienceMs && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(20);
        readLines();
    }
    QElapsedTimer then;
    then.start();
    while (then.elapsed() < thenMs && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(5);
        readLines();
    }
    run.killedWhileRunning = worker.state() == QProcess::Running;
    worker.kill(); // SIGKILL: no destructors, no flush, no checkpoint
    worker.waitForFinished();
    readLines();
    const QByteArray errors = worker.readAllStandardError();
    if (errors.contains("crash_worker:"))
        run.error = QString::fromUtf8(errors);
    return run;
}

QString describe(const WorkerRun &run)
{
    return QStringLiteral("announced [%1] %2").arg(run.announced.join(QStringLiteral(", ")), run.error);
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    QString m_id;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto created = m_profiles->create({.displayName = QStringLiteral("离线县办")}, SecureBytes::fromUtf8(PassA),
                                          KdfParameters::forTests());
        GD_VERIFY(created);
        m_id = created->id;
    }

    void killDuringWritesLosesNoCommittedBatch()
    {
        qint64 before = 0; // batches in the profile before this round
        for (int round = 0; round < Rounds; ++round) {
            const int steps = QRandomGenerator::global()->bounded(1, 15);
            const WorkerRun run = runAndKill({QStringLiteral("write"), m_dir->path(), m_id, PassA}, steps,
                                             QRandomGenerator::global()->bounded(0, 30));
            QVERIFY2(run.error.isEmpty() && run.killedWhileRunning, qPrintable(describe(run)));
            // This round committed batches of its own before the kill.
            QVERIFY2(run.announced.size() >= steps, qPrintable(describe(run)));
            const QString last = run.announced.last();
            QVERIFY2(last.startsWith(QStringLiteral("committed ")), qPrintable(last));
            const qint64 announced = last.section(QLatin1Char(' '), 1).toLongLong();
            QVERIFY2(announced >= before + steps, qPrintable(describe(run)));

            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_id, SecureBytes::fromUtf8(PassA)));
            auto rows = session.database().queryInt(QStringLiteral("SELECT count(*) FROM ledger"));
            auto batches = session.database().queryInt(QStringLiteral("SELECT max(batch) FROM ledger"));
            GD_VERIFY(rows);
            GD_VERIFY(batches);
            QVERIFY2(*batches >= announced, "a batch announced as committed was lost");
            QVERIFY2(*batches <= announced + 1, "more batches than the worker could have committed");
            QCOMPARE(*rows, *batches * 50); // whole batches only: no half transaction survived
            auto problems = session.integrityCheck();
            GD_VERIFY(problems);
            QVERIFY(problems->isEmpty());
            before = *batches;
        }
    }

    void killDuringRekeyLeavesExactlyOneWorkingPassphrase()
    {
        {
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_id, SecureBytes::fromUtf8(PassA)));
            GD_VERIFY(session.database().execute(QStringLiteral(
                "CREATE TABLE receipts (number TEXT); INSERT INTO receipts VALUES ('琼高法〔2014〕7号')")));
        }
        for (int round = 0; round < Rounds; ++round) {
            auto before = m_profiles->find(m_id);
            GD_VERIFY(before);
            // At least one rekey completes; the kill then lands anywhere in the next one.
            const int steps = QRandomGenerator::global()->bounded(1, 3);
            const WorkerRun run = runAndKill({QStringLiteral("rekey"), m_dir->path(), m_id, PassA, PassB}, steps,
                                             QRandomGenerator::global()->bounded(0, 400));
            QVERIFY2(run.error.isEmpty() && run.killedWhileRunning, qPrintable(describe(run)));
            QVERIFY2(run.announced.size() >= steps, qPrintable(describe(run)));
            // "rekeyed-to <a|b> generation <n>"
            const QStringList last = run.announced.last().split(QLatin1Char(' '));
            QCOMPARE(last.size(), 4);
            const QString announcedPass = last.at(1) == QStringLiteral("a") ? PassA : PassB;
            const int announcedGeneration = last.at(3).toInt();
            QVERIFY2(announcedGeneration >= before->generation + steps, qPrintable(describe(run)));

            auto profile = m_profiles->find(m_id);
            GD_VERIFY(profile);
            QVERIFY(profile->generation >= announcedGeneration);
            QVERIFY(QFile::exists(m_profiles->databasePathOf(*profile)));
            const bool aWorks = ProfileKey::derive(*profile, SecureBytes::fromUtf8(PassA)).has_value();
            const bool bWorks = ProfileKey::derive(*profile, SecureBytes::fromUtf8(PassB)).has_value();
            QVERIFY(aWorks != bWorks);
            // Either the announced switch is the last one, or the next one finished before the
            // kill (switched, not yet announced): then the other passphrase opens.
            const QString works = aWorks ? PassA : PassB;
            if (profile->generation == announcedGeneration)
                QCOMPARE(works, announcedPass);
            else
                QVERIFY(works != announcedPass);
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_id, SecureBytes::fromUtf8(works)));
            QCOMPARE(session.database().queryInt(QStringLiteral("SELECT count(*) FROM receipts")).value_or(-1), 1);
            QVERIFY(session.audit().verify().value_or(AuditVerification{.intact = false}).intact);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
