// Kills a writing process with SIGKILL at random points and checks that nothing committed is
// lost, nothing half-written appears, and the profile always opens with exactly one passphrase.
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "session/ProfileKey.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;

namespace {
const QString PassA = QStringLiteral("滕王阁序-落霞与孤鹜齐飞");
const QString PassB = QStringLiteral("岳阳楼记-先天下之忧而忧");
constexpr int Rounds = 20;

// Starts the worker, lets it announce `steps` durable steps (or run for `ms`), then kills it.
// Returns the last line the worker announced.
QString runAndKill(const QStringList &arguments, int steps, int ms)
{
    QProcess worker;
    worker.start(QStringLiteral(CRASH_WORKER_PATH), arguments);
    if (!worker.waitForStarted())
        return {};
    QString last;
    int seen = 0;
    QElapsedTimer timer;
    timer.start();
    while (seen < steps && timer.elapsed() < ms && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(20);
        while (worker.canReadLine()) {
            last = QString::fromUtf8(worker.readLine()).trimmed();
            ++seen;
        }
    }
    worker.kill(); // SIGKILL: no destructors, no flush, no checkpoint
    worker.waitForFinished();
    while (worker.canReadLine())
        last = QString::fromUtf8(worker.readLine()).trimmed();
    const QByteArray errors = worker.readAllStandardError();
    if (errors.contains("crash_worker:"))
        return QStringLiteral("error: ") + QString::fromUtf8(errors);
    return last;
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
        for (int round = 0; round < Rounds; ++round) {
            const int steps = QRandomGenerator::global()->bounded(1, 15);
            const QString last = runAndKill({QStringLiteral("write"), m_dir->path(), m_id, PassA}, steps, 5000);
            QVERIFY2(last.startsWith(QStringLiteral("committed ")), qPrintable(last));
            const qint64 announced = last.section(QLatin1Char(' '), 1).toLongLong();

            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_id, SecureBytes::fromUtf8(PassA)));
            auto rows = session.database().queryInt(QStringLiteral("SELECT count(*) FROM ledger"));
            auto batches = session.database().queryInt(QStringLiteral("SELECT max(batch) FROM ledger"));
            GD_VERIFY(rows);
            GD_VERIFY(batches);
            QVERIFY2(*batches >= announced, "a batch announced as committed was lost");
            QCOMPARE(*rows, *batches * 50); // whole batches only: no half transaction survived
            auto problems = session.integrityCheck();
            GD_VERIFY(problems);
            QVERIFY(problems->isEmpty());
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
            const int ms = QRandomGenerator::global()->bounded(5, 400);
            const QString last = runAndKill({QStringLiteral("rekey"), m_dir->path(), m_id, PassA, PassB}, 1000, ms);
            QVERIFY2(!last.startsWith(QStringLiteral("error")), qPrintable(last));

            auto profile = m_profiles->find(m_id);
            GD_VERIFY(profile);
            const bool aWorks = ProfileKey::derive(*profile, SecureBytes::fromUtf8(PassA)).has_value();
            const bool bWorks = ProfileKey::derive(*profile, SecureBytes::fromUtf8(PassB)).has_value();
            QVERIFY(aWorks != bWorks);
            Session session(*m_profiles);
            GD_VERIFY(session.unlock(m_id, SecureBytes::fromUtf8(aWorks ? PassA : PassB)));
            QCOMPARE(session.database().queryInt(QStringLiteral("SELECT count(*) FROM receipts")).value_or(-1), 1);
            QVERIFY(session.audit().verify().value_or(AuditVerification{.intact = false}).intact);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
