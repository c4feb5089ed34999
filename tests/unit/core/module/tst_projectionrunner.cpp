// Tests that a module's projection never falls behind its records: whoever wrote them, whenever.
#include "ModuleTestProfile.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QSignalSpy>
#include <QTest>
#include <stdexcept>

using namespace GovDesk::Core;
using GovDesk::Test::ModuleTestProfile;

namespace {
const QString Collection = QStringLiteral("water.station");

QJsonObject station(const QString &name)
{
    return {{QStringLiteral("STNM"), name}, {QStringLiteral("WRZ"), 86.5}};
}
} // namespace

class TestProjectionRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModuleTestProfile> m_profile;
    int m_resets = 0;
    bool m_failing = false;
    bool m_throwing = false;

    Database &db() { return m_profile->session->database(); }

    // The module's own table: station names by record id, as the projection wrote them.
    Projection stations(int version = 1)
    {
        return {.name = QStringLiteral("stations"),
                .collections = {Collection},
                .version = version,
                .apply = [this](const ProjectedRecord &projected) -> Result<> {
                    if (m_throwing)
                        throw std::runtime_error("projection bug");
                    if (m_failing && !projected.isGone())
                        return fail(ErrorCode::Constraint, QStringLiteral("测试失败"), projected.recordId);
                    auto remove = db().prepare(QStringLiteral("DELETE FROM water_stations WHERE id = ?1"));
                    if (!remove)
                        return std::unexpected(remove.error());
                    remove->bind(1, projected.recordId);
                    GD_TRY(remove->exec());
                    if (projected.isGone())
                        return {};
                    auto insert = db().prepare(QStringLiteral("INSERT INTO water_stations VALUES (?1, ?2)"));
                    if (!insert)
                        return std::unexpected(insert.error());
                    insert->bind(1, projected.recordId)
                        .bind(2, projected.record->payload.value(QStringLiteral("STNM")).toString());
                    return insert->exec();
                },
                .reset = [this]() -> Result<> {
                    ++m_resets;
                    return db().execute(QStringLiteral("DELETE FROM water_stations"));
                }};
    }

    qint64 rows()
    {
        return db().queryInt(QStringLiteral("SELECT count(*) FROM water_stations")).value_or(-1);
    }
    QString nameOf(const QString &id)
    {
        auto select = db().prepare(QStringLiteral("SELECT name FROM water_stations WHERE id = ?1"));
        select->bind(1, id);
        return select->step().value_or(false) ? select->text(0) : QString();
    }

    ModuleContext &water()
    {
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        if (auto migrated = context.migrate(
                {{.version = 1,
                  .description = QStringLiteral("stations"),
                  .sql = QStringLiteral("CREATE TABLE water_stations (id TEXT PRIMARY KEY, name TEXT)")}});
            !migrated)
            qFatal("%s", qPrintable(migrated.error().fullText()));
        return context;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_resets = 0;
        m_failing = false;
        m_throwing = false;
    }

    void cleanup() { m_profile.reset(); }

    void recordsWrittenBeforeTheProjectionAreAppliedWhenItIsAdded()
    {
        RecordStore &store = m_profile->session->records();
        GD_VERIFY(store.put(Collection, QStringLiteral("80604300"), station(QStringLiteral("柳州"))));
        GD_VERIFY(store.put(Collection, QStringLiteral("80604500"), station(QStringLiteral("象州"))));
        GD_VERIFY(store.put(QStringLiteral("forestry.area"), QStringLiteral("a1"),
                            station(QStringLiteral("无关"))));
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        QCOMPARE(rows(), 2); // its own collection only
        QCOMPARE(nameOf(QStringLiteral("80604500")), QStringLiteral("象州"));
    }

    void localWritesAreProjectedAtOnce()
    {
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        QSignalSpy projected(&context, &ModuleContext::projected);
        GD_VERIFY(
            context.records().put(Collection, QStringLiteral("80604300"), station(QStringLiteral("柳州"))));
        QCOMPARE(nameOf(QStringLiteral("80604300")), QStringLiteral("柳州"));
        QCOMPARE(projected.size(), 1);
        GD_VERIFY(context.records().put(Collection, QStringLiteral("80604300"),
                                        station(QStringLiteral("柳州（二）"))));
        QCOMPARE(nameOf(QStringLiteral("80604300")), QStringLiteral("柳州（二）"));
        // Created and deleted before any sync: the record row is gone entirely, not a tombstone.
        GD_VERIFY(context.records().remove(Collection, QStringLiteral("80604300")));
        GD_VERIFY(m_profile->session->records().get(Collection, QStringLiteral("80604300"), true));
        QCOMPARE(rows(), 0);
    }

    void writesInsideACallersTransactionAreProjectedAfterItCommits()
    {
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        {
            auto transaction = Transaction::begin(db());
            GD_VERIFY(transaction);
            for (int n = 0; n < 5; ++n)
                GD_VERIFY(context.records().put(Collection, QString::number(n),
                                                station(QStringLiteral("站%1").arg(n))));
            GD_VERIFY(transaction->commit());
        }
        QTRY_COMPARE(rows(), 5);
        {
            auto transaction = Transaction::begin(db());
            GD_VERIFY(context.records().put(Collection, QStringLiteral("rolled-back"),
                                            station(QStringLiteral("无"))));
            transaction->rollback();
        }
        QTest::qWait(50);
        QCOMPARE(rows(), 5);
    }

    void changesCommittedByAnotherConnectionAreFoundOnTheNextNudge()
    {
        // As the sync worker: its own connection, its own listeners; the delivery is lost.
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        auto worker = m_profile->session->openWorkerConnection();
        GD_VERIFY(worker);
        {
            RecordStore workerStore(**worker);
            for (int n = 0; n < 1200; ++n)
                GD_VERIFY(workerStore.put(Collection, QStringLiteral("w%1").arg(n),
                                          station(QStringLiteral("站%1").arg(n))));
        }
        QCOMPARE(rows(), 0);
        QSignalSpy projected(&context, &ModuleContext::projected);
        GD_VERIFY(context.projections().catchUp());
        QCOMPARE(rows(), 1200);
        // In batches, each its own transaction: the write lock is never held for the whole replay.
        QCOMPARE(projected.size(), 3);
        QCOMPARE(projected.at(0).at(1).toInt(), ProjectionRunner::BatchSize);
    }

    void aProjectionThatIsUpToDateWritesNothing()
    {
        // Every start and every sync catches up; with nothing new, the profile must not be written.
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        GD_VERIFY(
            context.records().put(Collection, QStringLiteral("80604300"), station(QStringLiteral("柳州"))));
        const auto before = db().queryInt(QStringLiteral("SELECT total_changes()"));
        GD_VERIFY(before);
        GD_VERIFY(context.projections().catchUp());
        QCOMPARE(db().queryInt(QStringLiteral("SELECT total_changes()")).value_or(-1), *before);
        QCOMPARE(nameOf(QStringLiteral("80604300")), QStringLiteral("柳州"));
    }

    void changesMadeWhileLockedAreAppliedAtUnlock()
    {
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        m_profile->session->lock();
        {
            // Another session of the same profile (govdesk-cli sync while the app is locked).
            Session other(*m_profile->profiles);
            GD_VERIFY(other.unlock(m_profile->profileId, ModuleTestProfile::passphrase()));
            GD_VERIFY(
                other.records().put(Collection, QStringLiteral("cli-1"), station(QStringLiteral("融安"))));
            other.lock();
        }
        GD_VERIFY(m_profile->session->unlock(m_profile->profileId, ModuleTestProfile::passphrase()));
        QCOMPARE(nameOf(QStringLiteral("cli-1")), QStringLiteral("融安"));
    }

    void aFailingProjectionKeepsItsCursorAndCatchesUpLater()
    {
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        GD_VERIFY(context.records().put(Collection, QStringLiteral("ok-1"), station(QStringLiteral("柳州"))));
        m_failing = true;
        // The record is written (the user's work is never refused because a view fails) …
        GD_VERIFY(
            context.records().put(Collection, QStringLiteral("bad-1"), station(QStringLiteral("象州"))));
        QCOMPARE(rows(), 1);
        QVERIFY(context.projections().lastError().contains(QStringLiteral("bad-1")));
        QVERIFY(!context.projections().catchUp());
        // … and applied once the projection can.
        m_failing = false;
        GD_VERIFY(context.projections().catchUp());
        QCOMPARE(rows(), 2);
        QVERIFY(context.projections().lastError().isEmpty());
    }

    void anExceptionInAProjectionIsContained()
    {
        ModuleContext &context = water();
        GD_VERIFY(context.addProjection(stations()));
        m_throwing = true;
        GD_VERIFY(context.records().put(Collection, QStringLiteral("t-1"), station(QStringLiteral("柳州"))));
        QVERIFY(context.projections().lastError().contains(QStringLiteral("projection bug")));
        m_throwing = false;
        GD_VERIFY(context.projections().catchUp());
        QCOMPARE(rows(), 1);
    }

    void aNewVersionRebuildsTheProjection()
    {
        {
            ModuleContext &context = water();
            GD_VERIFY(context.addProjection(stations(1)));
            GD_VERIFY(
                context.records().put(Collection, QStringLiteral("a"), station(QStringLiteral("柳州"))));
            GD_VERIFY(
                context.records().put(Collection, QStringLiteral("b"), station(QStringLiteral("象州"))));
            GD_VERIFY(db().execute(QStringLiteral("UPDATE water_stations SET name = 'stale'")));
        }
        m_profile->contexts.clear();
        m_resets = 0;
        ModuleContext &again = m_profile->context(QStringLiteral("water"));
        GD_VERIFY(again.addProjection(stations(1)));
        QCOMPARE(m_resets, 0); // same version: nothing to redo
        QCOMPARE(nameOf(QStringLiteral("a")), QStringLiteral("stale"));
        m_profile->contexts.clear();
        ModuleContext &upgraded = m_profile->context(QStringLiteral("water"));
        GD_VERIFY(upgraded.addProjection(stations(2)));
        QCOMPARE(m_resets, 1);
        QCOMPARE(nameOf(QStringLiteral("a")), QStringLiteral("柳州"));
        QCOMPARE(rows(), 2);
    }

    void invalidProjectionsAreRefused()
    {
        ModuleContext &context = water();
        Projection nameless = stations();
        nameless.name.clear();
        QVERIFY(!context.addProjection(nameless));
        Projection noCollections = stations();
        noCollections.collections.clear();
        QVERIFY(!context.addProjection(noCollections));
        GD_VERIFY(context.addProjection(stations()));
        QVERIFY(!context.addProjection(stations())); // the same name twice
    }
};

QTEST_GUILESS_MAIN(TestProjectionRunner)
#include "tst_projectionrunner.moc"
