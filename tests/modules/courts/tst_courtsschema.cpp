// The 审判 import schemas on the files a case-management system exports: the cases and events
// files in UTF-8, GB18030 and JSON map their Chinese or English headers without asking; every bad
// cell and every row the courts refuse (a malformed 案号 with CaseNumbers' reason, a closing date
// before the filing date, an outcome without an appeal, an event entered before it happened) is
// reported with its line and column; a 案号 written with half-width parentheses is one key with
// its canonical form.
#include "CaseNumber.h"
#include "CourtsFiles.h"
#include "CourtsSchema.h"
#include "import/TableImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

namespace {

struct Checked
{
    ImportCheck check;
    QList<QVariantList> rows;
};

Checked run(DatasetKind kind, const QByteArray &bytes, const QString &name = QStringLiteral("file.csv"))
{
    const TableImport import(bytes, name, CourtsSchema::importSchema(kind));
    auto preview = import.preview(1);
    if (!preview)
        qFatal("preview: %s", qPrintable(preview.error().fullText()));
    auto check = import.check(preview->suggested);
    if (!check)
        qFatal("check: %s", qPrintable(check.error().fullText()));
    Checked checked{*check, {}};
    if (check->isClean()) {
        auto applied = import.apply(preview->suggested, [&checked](const QVariantList &values) -> Result<> {
            checked.rows.append(values);
            return {};
        });
        if (!applied)
            qFatal("apply: %s", qPrintable(applied.error().fullText()));
    }
    return checked;
}

QString problemText(const ImportCheck &check)
{
    QStringList lines;
    for (const ImportProblem &problem : check.problems)
        lines << QStringLiteral("%1|%2|%3|%4")
                     .arg(problem.line)
                     .arg(problem.column, problem.value, problem.reason);
    return lines.join(u'\n');
}

} // namespace

class TestCourtsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void casesFileReadsAsExported()
    {
        const Checked checked = run(DatasetKind::Cases, Test::caseRows().toUtf8());
        QVERIFY2(checked.check.isClean(), qPrintable(problemText(checked.check)));
        QCOMPARE(checked.check.rows, 8);
        QCOMPARE(checked.rows.size(), 8);
        const QVariantList &first = checked.rows.first();
        QCOMPARE(first.at(0).toString(), QStringLiteral("（2025）琼0105民初1号"));
        QCOMPARE(first.at(1).toDate(), QDate(2025, 1, 6));
        QCOMPARE(first.at(3).toLongLong(), 3);
        QCOMPARE(first.at(6).toString(), QStringLiteral("判决"));
        QCOMPARE(first.at(9).toString(), QStringLiteral("改判"));
        // Half-width parentheses are written back canonical: one key with the full-width form.
        QCOMPARE(checked.rows.at(5).at(0).toString(), QStringLiteral("（2025）琼0106民初1号"));
        QCOMPARE(checked.rows.at(4).at(10).toDouble(), 100000.0);
    }

    void gb18030ReadsTheSame()
    {
        const Checked utf8 = run(DatasetKind::Cases, Test::caseRows().toUtf8());
        const Checked gb = run(DatasetKind::Cases, Test::gb18030(Test::caseRows()));
        QVERIFY2(gb.check.isClean(), qPrintable(problemText(gb.check)));
        QCOMPARE(gb.rows, utf8.rows);
        const Checked events = run(DatasetKind::Events, Test::gb18030(Test::eventRows()));
        QVERIFY2(events.check.isClean(), qPrintable(problemText(events.check)));
        QCOMPARE(events.rows.size(), 6);
        QCOMPARE(events.rows.at(1).at(1).toString(), QStringLiteral("开庭"));
        QVERIFY(events.rows.at(4).at(3).isNull()); // never entered
    }

    void englishHeadersAndJson()
    {
        const QJsonArray rows{QJsonObject{{"case number", QStringLiteral("（2025）琼0105民初7号")},
                                          {"filing date", "2025-03-01"},
                                          {"closing date", "2025-04-01"},
                                          {"limit months", 3},
                                          {"closing method", QStringLiteral("调解")},
                                          {"appealed", false},
                                          {"published", false}}};
        const Checked checked
            = run(DatasetKind::Cases, QJsonDocument(rows).toJson(), QStringLiteral("cases.json"));
        QVERIFY2(checked.check.isClean(), qPrintable(problemText(checked.check)));
        QCOMPARE(checked.rows.size(), 1);
        QCOMPARE(checked.rows.first().at(2).toDate(), QDate(2025, 4, 1));
        QCOMPARE(checked.rows.first().at(7).toString(), QStringLiteral("false"));

        const Checked courts
            = run(DatasetKind::Courts,
                  QStringLiteral("法院代字,法院名称\n琼,海南省高级人民法院\n琼01,海南省海口市中级人民法院\n")
                      .toUtf8());
        QVERIFY(courts.check.isClean());
        QCOMPARE(courts.rows.size(), 2);
    }

    void everyRefusalHasItsLineAndColumn_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const int cases = int(DatasetKind::Cases);
        const QString ok = QStringLiteral(",否,否,,,,是,是,否,否\n");
        QTest::newRow("案号 court code")
            << cases << QStringLiteral("（2025）XX01民初1号,2025-01-01,,3,0,0,") + ok << 2
            << QStringLiteral("Case number") << QStringLiteral("court code");
        QTest::newRow("案号 type code")
            << cases << QStringLiteral("（2025）琼01民吃1号,2025-01-01,,3,0,0,") + ok << 2
            << QStringLiteral("Case number") << QStringLiteral("type code");
        QTest::newRow("案号 no 号") << cases << QStringLiteral("（2025）琼01民初1,2025-01-01,,3,0,0,") + ok
                                    << 2 << QStringLiteral("Case number") << QStringLiteral("ending");
        QTest::newRow("bad date") << cases << QStringLiteral("（2025）琼01民初1号,2025-13-01,,3,0,0,") + ok
                                  << 2 << QStringLiteral("Filing date") << QStringLiteral("2025-13-01");
        QTest::newRow("closed before filed")
            << cases << QStringLiteral("（2025）琼01民初1号,2025-03-01,2025-02-01,3,0,0,判决") + ok << 2
            << QStringLiteral("Closing date") << QStringLiteral("2025-03-01");
        QTest::newRow("closing without date")
            << cases << QStringLiteral("（2025）琼01民初1号,2025-03-01,,3,0,0,判决") + ok << 2
            << QStringLiteral("Closing method") << QStringLiteral("no closing date");
        QTest::newRow("unknown closing")
            << cases << QStringLiteral("（2025）琼01民初1号,2025-03-01,2025-04-01,3,0,0,和解") + ok << 2
            << QStringLiteral("Closing method") << QStringLiteral("和解");
        QTest::newRow("outcome without appeal")
            << cases
            << QStringLiteral(
                   "（2025）琼01民初1号,2025-03-01,2025-04-01,3,0,0,判决,否,否,改判,,,是,是,是,是\n")
            << 2 << QStringLiteral("Appeal outcome") << QStringLiteral("not marked as appealed");
        QTest::newRow("limit out of range")
            << cases << QStringLiteral("（2025）琼01民初1号,2025-03-01,,99,0,0,") + ok << 2
            << QStringLiteral("Time limit (months)") << QStringLiteral("99");
        QTest::newRow("yes/no") << cases
                                << QStringLiteral(
                                       "（2025）琼01民初1号,2025-03-01,,3,0,0,,也许,否,,,,是,是,否,否\n")
                                << 2 << QStringLiteral("Appealed") << QStringLiteral("也许");
        QTest::newRow("duplicate 案号") << cases
                                        << QStringLiteral("（2025）琼01民初1号,2025-03-01,,3,0,0,") + ok
                                               + QStringLiteral("(2025)琼01民初1号,2025-03-02,,3,0,0,") + ok
                                        << 3 << QStringLiteral("Case number") << QStringLiteral("line 3");
        QTest::newRow("event entered before")
            << int(DatasetKind::Events) << QStringLiteral("（2025）琼01民初1号,开庭,2025-03-10,2025-03-01\n")
            << 2 << QStringLiteral("Entry date") << QStringLiteral("2025-03-10");
        QTest::newRow("directory code") << int(DatasetKind::Courts) << QStringLiteral("琼001,某法院\n") << 2
                                        << QStringLiteral("Court code") << QStringLiteral("琼001");
    }

    void everyRefusalHasItsLineAndColumn()
    {
        QFETCH(int, kind);
        QFETCH(QString, rows);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        const QString header = DatasetKind(kind) == DatasetKind::Cases ? Test::CaseHeader
                               : DatasetKind(kind) == DatasetKind::Events
                                   ? QStringLiteral("案号,节点,发生日期,录入日期\n")
                                   : QStringLiteral("法院代字,法院名称\n");
        // A good row first: the refusal is of the bad one alone, by its line.
        const QString good
            = DatasetKind(kind) == DatasetKind::Cases ? QStringLiteral(
                  "（2024）琼0105民初9号,2024-05-01,2024-06-01,3,0,0,判决,否,否,,,,是,是,是,是\n")
              : DatasetKind(kind) == DatasetKind::Events
                  ? QStringLiteral("（2024）琼0105民初9号,立案,2024-05-01,2024-05-01\n")
                  : QStringLiteral("琼,海南省高级人民法院\n");
        const Checked checked = run(DatasetKind(kind), (header + good + rows).toUtf8());
        QCOMPARE(checked.check.problemCount, 1);
        const ImportProblem &problem = checked.check.problems.first();
        QCOMPARE(problem.line, line + 1);
        QCOMPARE(problem.column, column);
        QVERIFY2(problem.reason.contains(reason) || problem.value.contains(reason),
                 qPrintable(problemText(checked.check)));
        QVERIFY(checked.rows.isEmpty()); // nothing handed over
    }

    void caseNumberRefusalIsCaseNumbersOwn()
    {
        const Checked checked
            = run(DatasetKind::Cases,
                  (Test::CaseHeader
                   + QStringLiteral("（2025）琼01民初0号,2025-03-01,,3,0,0,,否,否,,,,是,是,否,否\n"))
                      .toUtf8());
        QCOMPARE(checked.check.problemCount, 1);
        auto parsed = CaseNumbers::parse(QStringLiteral("（2025）琼01民初0号"));
        QVERIFY(!parsed);
        QCOMPARE(checked.check.problems.first().reason, parsed.error().message);
    }

    void kindsRoundTrip()
    {
        for (DatasetKind kind : CourtsSchema::kinds()) {
            QCOMPARE(CourtsSchema::kindFromCode(CourtsSchema::kindCode(kind).toLower()), kind);
            QVERIFY(!CourtsSchema::kindName(kind).isEmpty());
        }
        QVERIFY(!CourtsSchema::kindFromCode(QStringLiteral("ST_RIVER_R")));
    }
};

QTEST_GUILESS_MAIN(TestCourtsSchema)
#include "tst_courtsschema.moc"
