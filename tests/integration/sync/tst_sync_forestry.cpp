// A 林业 dataset loaded on the server (govdesk-syncd dataset load) reaches two offices over real
// HTTPS and their dashboards: one office runs the module while it syncs, the other starts it after
// (the projection catches up); a GB18030 file from a county spreadsheet imports the same; a
// malformed file is refused in both offices and applies nothing; an office it was not sent to sees
// nothing.
#include "ForestryPage.h"
#include "ForestryQueries.h"
#include "ForestryTables.h"
#include "ModuleOffice.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "import/DatasetApplier.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleTodos.h"
#include "module/ObjectPool.h"
#include "module/ProjectionRunner.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Forestry;
using namespace GovDesk::Test;

namespace {

struct Office : ModuleOffice
{
    using ModuleOffice::ModuleOffice;

    QList<DatasetStatus> statuses()
    {
        return ForestryTables(context->database()).statuses().value_or(QList<DatasetStatus>{});
    }
    QStringList openWarnings()
    {
        QStringList keys;
        for (const TodoItem &item :
             context->todos().openItems({QStringLiteral("forestry")}).value_or(QList<TodoItem>{}))
            keys.append(item.recordId);
        keys.sort();
        return keys;
    }
};

} // namespace

class TestSyncForestry : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<Office> office(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("林业数据-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        return std::make_unique<Office>(std::move(*profile));
    }

    // The datasets are imported off the UI thread: until none waits and the applier rests.
    static bool imported(Office &office)
    {
        return QTest::qWaitFor([&] {
            const QList<DatasetStatus> all = office.statuses();
            return !office.context->datasets()->isBusy()
                   && std::none_of(all.cbegin(), all.cend(),
                                   [](const DatasetStatus &s) { return s.state == DatasetState::Waiting; });
        });
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void load(const QString &path, const QString &kind, const QString &title)
    {
        auto loaded = m_server.admin({QStringLiteral("dataset"), QStringLiteral("load"),
                                      QStringLiteral("gx-lz-forestry"), QStringLiteral("forestry.dataset"),
                                      path, QStringLiteral("--kind"), kind, QStringLiteral("--title"), title,
                                      QStringLiteral("--to"), QStringLiteral("gx-lz-gov")});
        GD_VERIFY(loaded);
    }

    // What a duty officer sees: the fire table's week and the warnings on the overview.
    static void checkDashboard(Office &office)
    {
        ForestryPage page(*office.context);
        const QTableWidget *fire = page.table(ForestryPage::Fire);
        QCOMPARE(fire->rowCount(), 2);
        QCOMPARE(fire->item(0, 1)->text(), QStringLiteral("北岭林场"));
        QCOMPARE(fire->item(0, fire->columnCount() - 1)->text(), QStringLiteral("5"));
        QVERIFY(fire->item(0, fire->columnCount() - 1)->background().style() != Qt::NoBrush);
        const QTableWidget *warnings = page.table(ForestryPage::Overview);
        QCOMPARE(warnings->rowCount(), 2); // 高火险 at 北岭林场, 美国白蛾 spreading
        const QTableWidget *pests = page.table(ForestryPage::Pests);
        QCOMPARE(pests->rowCount(), 1);
        QCOMPARE(pests->item(0, 1)->text(), QStringLiteral("美国白蛾"));
        QCOMPARE(page.table(ForestryPage::Datasets)->rowCount(), 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(
            m_server.setUp(SyncServerFixture::defaultOrganisations(), SyncServerFixture::defaultUsers()));
        // Three days of the 火险 bulletin; the pest report saved by a county spreadsheet in GB18030;
        // a file with a level 7.
        load(writeFile(QStringLiteral("森林火险等级_20260420.csv"),
                       QStringLiteral("县,区域,日期,火险等级\n"
                                      "青岭县,北岭林场,2026-04-18,3\n青岭县,北岭林场,2026-04-19,4\n"
                                      "青岭县,北岭林场,2026-04-20,5\n青岭县,南坡乡,2026-04-18,2\n"
                                      "青岭县,南坡乡,2026-04-19,2\n青岭县,南坡乡,2026-04-20,3\n")
                           .toUtf8()),
             QStringLiteral("FIRE_RISK"), QStringLiteral("青岭县森林火险等级"));
        QStringEncoder gb18030("GB18030");
        const QByteArray pests = gb18030.encode(QStringLiteral(
            "县,有害生物种类,统计日期,发生面积,成灾面积,防治面积\n"
            "青岭县,美国白蛾,2026-02-28,1800,0,1500\n青岭县,美国白蛾,2026-03-31,3000,45,2400\n"));
        load(writeFile(QStringLiteral("有害生物_202603.csv"), pests), QStringLiteral("PEST"),
             QStringLiteral("青岭县林业有害生物月报"));
        load(writeFile(QStringLiteral("火险_错误.csv"),
                       QStringLiteral("县,区域,日期,火险等级\n青岭县,东岭,2026-04-20,7\n").toUtf8()),
             QStringLiteral("FIRE_RISK"), QStringLiteral("有误的火险文件"));
    }

    void aLoadedDatasetReachesTwoOfficesAndTheirDashboards()
    {
        // 林业局: the module runs while the sync brings the datasets in.
        auto forestry = office(QStringLiteral("chenjing"));
        GD_VERIFY(forestry->startModule(QStringLiteral(GOVDESK_FORESTRY_JSON),
                                        QStringLiteral(GOVDESK_FORESTRY_PLUGIN)));
        GD_VERIFY(forestry->sync());
        // 市政府办公室: starts the module after the sync; its projection catches up at once.
        auto government = office(QStringLiteral("wangfang"));
        GD_VERIFY(government->sync());
        GD_VERIFY(government->startModule(QStringLiteral(GOVDESK_FORESTRY_JSON),
                                          QStringLiteral(GOVDESK_FORESTRY_PLUGIN)));

        for (Office *desk : {forestry.get(), government.get()}) {
            QVERIFY(imported(*desk));
            const QList<DatasetStatus> statuses = desk->statuses();
            QCOMPARE(statuses.size(), 3);
            for (const DatasetStatus &status : statuses) {
                if (status.title == QStringLiteral("有误的火险文件")) {
                    QCOMPARE(status.state, DatasetState::Rejected);
                    QVERIFY2(status.problems.contains(QStringLiteral("2")), qPrintable(status.problems));
                } else {
                    QVERIFY2(status.state == DatasetState::Applied,
                             qPrintable(status.title + status.problems));
                }
            }
            const ForestryQueries queries(desk->context->database());
            QCOMPARE(queries.fireRisk(QDate(2026, 4, 18), QDate(2026, 4, 20))->size(),
                     6); // nothing of the bad file
            QCOMPARE(desk->openWarnings(), (QStringList{QStringLiteral("fire:青岭县:北岭林场"),
                                                        QStringLiteral("pest:青岭县:美国白蛾")}));
            checkDashboard(*desk);
            if (QTest::currentTestFailed())
                return;
        }

        // 鹿寨县 was not sent them.
        auto outsider = office(QStringLiteral("limin"));
        GD_VERIFY(outsider->sync());
        GD_VERIFY(outsider->startModule(QStringLiteral(GOVDESK_FORESTRY_JSON),
                                        QStringLiteral(GOVDESK_FORESTRY_PLUGIN)));
        QVERIFY(outsider->statuses().isEmpty());
    }
};

QTEST_MAIN(TestSyncForestry)
#include "tst_sync_forestry.moc"
