// 审判 datasets loaded on the server (govdesk-syncd dataset load) reach two offices over real
// HTTPS: the 高院's 审判管理办公室 runs the module while it syncs, the 政府办 starts it after (the
// projection catches up). The directory (JSON), two years of cases (GB18030, as a spreadsheet saves
// them) and their events (UTF-8) are applied in both — events that arrive before their cases are
// imported once the cases are — and the 通报 each office composes from its own tables is the same,
// figure by figure, ranking by ranking, word by word; a malformed cases file is refused in both
// with its lines and columns and applies nothing; an office it was not sent to sees nothing.
#include "CourtBulletin.h"
#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "CourtsStore.h"
#include "ModuleOffice.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Courts;
using namespace GovDesk::Test;

namespace {

constexpr int ApplyTimeoutMs = 120000; // datasets are applied on a worker thread
const QString CourtsOffice = QStringLiteral("hi-gy-spb");
// The demo's data ends here: fixed, so that the files and the 通报 are the same on every run.
const QDate End(2026, 6, 30);

// Line 2 is good, line 3 has a 案号 without its court, line 4 closes before it was filed.
const QByteArray Malformed("案号,立案日期,结案日期,审限（月）\n"
                           "（2026）琼0105民初9001号,2026-06-01,,3\n"
                           "（2026）民初9002号,2026-06-01,,3\n"
                           "（2026）琼0105民初9003号,2026-06-01,2026-05-01,3\n");

struct Office : ModuleOffice
{
    using ModuleOffice::ModuleOffice;

    // Each dataset as "title state rows", sorted: what the dataset list shows.
    QString statuses() const
    {
        QStringList lines;
        for (const DatasetStatus &status :
             CourtsDatasets::statuses(context->database()).value_or(QList<DatasetStatus>{}))
            lines << QStringLiteral("%1 %2 %3")
                         .arg(status.title)
                         .arg(status.state == DatasetState::Applied    ? QStringLiteral("applied")
                              : status.state == DatasetState::Rejected ? QStringLiteral("rejected")
                                                                       : QStringLiteral("waiting"))
                         .arg(status.rows);
        lines.sort();
        return lines.join(u'|');
    }

    DatasetStatus status(const QString &title) const
    {
        for (const DatasetStatus &status :
             CourtsDatasets::statuses(context->database()).value_or(QList<DatasetStatus>{}))
            if (status.title == title)
                return status;
        return {};
    }

    // The first half of 2026 against the second half of 2025, from this office's own tables.
    Result<Bulletin> bulletin() const
    {
        const CourtsStore store(context->database());
        auto directory = store.directory();
        if (!directory)
            return std::unexpected(directory.error());
        const Period half{QDate(2026, 1, 1), End};
        const Period previous{QDate(2025, 7, 1), QDate(2025, 12, 31)};
        auto cases = store.cases({}, Period{previous.from, half.to});
        if (!cases)
            return std::unexpected(cases.error());
        return CourtBulletin::compose(*directory, *cases,
                                      {.period = half,
                                       .previous = previous,
                                       .periodName = QStringLiteral("2026年上半年"),
                                       .issuer = QStringLiteral("海南省高级人民法院审判管理办公室")});
    }
};

// Every figure of a 通报 in words: what two offices must agree on.
QString fingerprint(const Bulletin &bulletin)
{
    QStringList lines{bulletin.title, QString::number(bulletin.received), QString::number(bulletin.closed),
                      QString::number(bulletin.unknownCourtCases), bulletin.summary};
    for (const BulletinSection &section : bulletin.sections) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(section.definition.key)
                     .arg(section.province.value_or(-1), 0, 'f', 6)
                     .arg(section.previousProvince.value_or(-1), 0, 'f', 6);
        for (const LevelRanking &level : section.levels)
            for (const RankedCourt &court : level.ranking.courts)
                lines << QStringLiteral("  %1 %2 %3%4%5%6")
                             .arg(court.court)
                             .arg(court.value, 0, 'f', 2)
                             .arg(court.rank)
                             .arg(court.top ? QStringLiteral(" top") : QString())
                             .arg(court.bottom ? QStringLiteral(" bottom") : QString())
                             .arg(court.belowThreshold ? QStringLiteral(" below") : QString());
    }
    return lines.join(u'\n');
}

} // namespace

class TestSyncCourts : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    QList<DemoFile> m_files;

    std::unique_ptr<Office> office(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("审判数据-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        return std::make_unique<Office>(std::move(*profile));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void load(const QString &path, DatasetKind kind, const QString &title)
    {
        auto loaded = m_server.admin({QStringLiteral("dataset"), QStringLiteral("load"), CourtsOffice,
                                      QString::fromLatin1(DatasetCollection), path, QStringLiteral("--kind"),
                                      CourtsSchema::kindCode(kind), QStringLiteral("--title"), title,
                                      QStringLiteral("--to"), QStringLiteral("gx-lz-gov")});
        GD_VERIFY(loaded);
    }

    qint64 rows(DatasetKind kind) const
    {
        for (const DemoFile &file : m_files)
            if (file.kind == kind)
                return kind == DatasetKind::Courts ? QJsonDocument::fromJson(file.bytes).array().size()
                                                   : file.bytes.count('\n') - 1;
        return -1;
    }

    QString expectedStatuses() const
    {
        QStringList lines{QStringLiteral("海南省法院名录 applied %1").arg(rows(DatasetKind::Courts)),
                          QStringLiteral("全省法院案件 applied %1").arg(rows(DatasetKind::Cases)),
                          QStringLiteral("全省法院案件节点 applied %1").arg(rows(DatasetKind::Events)),
                          QStringLiteral("有误的案件文件 rejected 0")};
        lines.sort();
        return lines.join(u'|');
    }

    void checkData(Office &desk)
    {
        QTRY_COMPARE_WITH_TIMEOUT(desk.statuses(), expectedStatuses(), ApplyTimeoutMs);
        const DatasetStatus rejected = desk.status(QStringLiteral("有误的案件文件"));
        QCOMPARE(rejected.problemCount, 2);
        for (const QString &expected :
             {QStringLiteral("Line 3, Case number"), QStringLiteral("Line 4, Closing date")})
            QVERIFY2(rejected.problems.contains(expected), qPrintable(rejected.problems));
        const CourtsStore store(desk.context->database());
        QCOMPARE(store.caseCount().value_or(-1), rows(DatasetKind::Cases));
        auto good = store.courtCase(QStringLiteral("（2026）琼0105民初9001号"));
        QVERIFY(good && !good->has_value()); // the good line of the bad file: not applied
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto organisations = SyncServerFixture::defaultOrganisations();
        organisations.append({CourtsOffice, QStringLiteral("海南省高级人民法院审判管理办公室")});
        auto users = SyncServerFixture::defaultUsers();
        users.append({QStringLiteral("linhai"),
                      QStringLiteral("林海"),
                      CourtsOffice,
                      {QStringLiteral("clerk")},
                      QString::fromUtf8(SyncServerFixture::DefaultPassword)});
        GD_VERIFY(m_server.setUp(organisations, users));

        // 3% of the demo's volume: about 1,500 cases of the 25 courts over two years.
        m_files = CourtsDemoData::generate(End, 0.03);
        QStringEncoder gb18030("GB18030");
        // The events first: they wait (refused, then tried again) until their cases are here.
        load(writeFile(QStringLiteral("海南法院_案件节点.csv"), m_files.at(2).bytes), DatasetKind::Events,
             QStringLiteral("全省法院案件节点"));
        load(writeFile(QStringLiteral("海南省法院名录.json"), m_files.at(0).bytes), DatasetKind::Courts,
             QStringLiteral("海南省法院名录"));
        load(writeFile(QStringLiteral("海南法院_案件.csv"),
                       gb18030.encode(QString::fromUtf8(m_files.at(1).bytes))),
             DatasetKind::Cases, QStringLiteral("全省法院案件"));
        load(writeFile(QStringLiteral("案件_错误.csv"), Malformed), DatasetKind::Cases,
             QStringLiteral("有误的案件文件"));
    }

    void loadedDatasetsGiveBothOfficesTheSameBulletin()
    {
        // 审管办: the module runs while the sync brings the datasets in.
        auto courts = office(QStringLiteral("linhai"));
        GD_VERIFY(
            courts->startModule(QStringLiteral(GOVDESK_COURTS_JSON), QStringLiteral(GOVDESK_COURTS_PLUGIN)));
        GD_VERIFY(courts->sync());
        checkData(*courts);
        if (QTest::currentTestFailed())
            return;
        auto first = courts->bulletin();
        GD_VERIFY(first);
        QCOMPARE(first->unknownCourtCases, 0);
        QVERIFY(first->received > 0 && first->closed > 0);
        QCOMPARE(first->sections.size(), CaseIndicators::all().size());
        for (const BulletinSection &section : std::as_const(first->sections))
            QVERIFY2(section.province && section.previousProvince, qPrintable(section.definition.name));

        // 市政府办公室: starts the module after the sync; its projection catches up.
        auto government = office(QStringLiteral("wangfang"));
        GD_VERIFY(government->sync());
        GD_VERIFY(government->startModule(QStringLiteral(GOVDESK_COURTS_JSON),
                                          QStringLiteral(GOVDESK_COURTS_PLUGIN)));
        checkData(*government);
        if (QTest::currentTestFailed())
            return;
        auto second = government->bulletin();
        GD_VERIFY(second);
        QCOMPARE(fingerprint(*second), fingerprint(*first));

        // 鹿寨县 was not sent them.
        auto outsider = office(QStringLiteral("limin"));
        GD_VERIFY(outsider->sync());
        GD_VERIFY(outsider->startModule(QStringLiteral(GOVDESK_COURTS_JSON),
                                        QStringLiteral(GOVDESK_COURTS_PLUGIN)));
        QCOMPARE(outsider->statuses(), QString());
        QCOMPARE(CourtsStore(outsider->context->database()).caseCount().value_or(-1), 0);
    }
};

QTEST_MAIN(TestSyncCourts)
#include "tst_sync_courts.moc"
