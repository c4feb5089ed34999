// Tests the dashboard's chart options: bars in rank order with their colours, 代字 and the
// province and threshold lines; the trend's series with gaps for periods without figures; the heat
// table's cells (standing 1 for the best, 0 for the worst, the printed figure, the 代字).
#include "CourtSamples.h"
#include "CourtsCharts.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Courts;

namespace {

QList<CourtCase> cases(const char *court, int filed, int closed)
{
    QList<CourtCase> list;
    for (int i = 0; i < filed; ++i) {
        CourtCase c;
        c.number = {2026, QString::fromUtf8(court), QStringLiteral("民初"), i + 1};
        c.filedOn = QDate(2026, 3, 2);
        if (i < closed) {
            c.closedOn = QDate(2026, 3, 2).addDays(10 * (i + 1));
            c.closing = ClosingMethod::Judgment;
        }
        list.append(c);
    }
    return list;
}

} // namespace

class TestCourtsCharts : public QObject
{
    Q_OBJECT

    CourtDirectory m_directory;
    Bulletin m_bulletin;

private Q_SLOTS:
    void initTestCase()
    {
        auto directory = CourtDirectory::fromJson(GovDesk::Test::hainanCourts());
        GD_VERIFY(directory);
        m_directory = *directory;
        BulletinOptions options;
        options.period = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
        options.periodName = QStringLiteral("2026年上半年");
        options.indicators = {Indicator::ClosingRate, Indicator::AverageTrialDays};
        options.settings.thresholds = {{Indicator::ClosingRate, 60.0}};
        options.levels = {CourtLevel::Basic};
        // 琼0105 4/4, 琼0106 2/4, 琼0202 3/4.
        auto bulletin = CourtBulletin::compose(
            m_directory, cases("琼0105", 4, 4) + cases("琼0106", 4, 2) + cases("琼0202", 4, 3), options);
        GD_VERIFY(bulletin);
        m_bulletin = *bulletin;
    }

    void rankingBars()
    {
        const BulletinSection &section = m_bulletin.sections.at(0);
        const QJsonObject option = CourtsCharts::rankingBars(section, section.levels.at(0), m_directory);
        const QJsonArray names = option.value("yAxis").toObject().value("data").toArray();
        QCOMPARE(names.at(0).toString(), QStringLiteral("海口市秀英区人民法院"));
        QCOMPARE(names.at(2).toString(), QStringLiteral("海口市龙华区人民法院"));
        const QJsonObject series = option.value("series").toArray().at(0).toObject();
        const QJsonArray data = series.value("data").toArray();
        QCOMPARE(data.at(0).toObject().value("value").toDouble(), 100.0);
        QCOMPARE(data.at(0).toObject().value("code").toString(), QStringLiteral("琼0105"));
        QCOMPARE(data.at(0).toObject().value("itemStyle").toObject().value("color").toString(),
                 QString::fromLatin1(CourtsCharts::Good));
        QCOMPARE(data.at(2).toObject().value("itemStyle").toObject().value("color").toString(),
                 QString::fromLatin1(CourtsCharts::Bad)); // 50 %, last and under the line
        const QJsonArray lines = series.value("markLine").toObject().value("data").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value("xAxis").toDouble(), 75.0); // 9 of 12
        QCOMPARE(lines.at(1).toObject().value("xAxis").toDouble(), 60.0);
    }

    void trend()
    {
        const auto definition = CaseIndicators::definition(Indicator::ClosingRate, {});
        TrendPoint first{{QStringLiteral("2026年1月"), {}}, 50.0, {{QStringLiteral("琼0105"), 50.0}}};
        TrendPoint second{
            {QStringLiteral("2026年2月"), {}}, 80.0, {{QStringLiteral("琼0105"), std::nullopt}}};
        const QJsonObject option
            = CourtsCharts::trend(definition, {first, second}, m_directory, {QStringLiteral("琼0105")});
        const QJsonArray series = option.value("series").toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).toObject().value("name").toString(), QStringLiteral("全省"));
        QCOMPARE(series.at(1).toObject().value("name").toString(), QStringLiteral("海口市秀英区人民法院"));
        QVERIFY(series.at(1).toObject().value("data").toArray().at(1).isNull());
        QCOMPARE(option.value("xAxis").toObject().value("data").toArray().at(1).toString(),
                 QStringLiteral("2026年2月"));
        QCOMPARE(option.value("title").toObject().value("text").toString(), QStringLiteral("结案率走势"));
        const QJsonObject cumulative
            = CourtsCharts::trend(definition, {first, second}, m_directory, {QStringLiteral("琼0105")}, true);
        QCOMPARE(cumulative.value("title").toObject().value("text").toString(),
                 QStringLiteral("结案率走势（年内累计）"));
    }

    void heatTable()
    {
        const QJsonObject option = CourtsCharts::heatTable(m_bulletin, CourtLevel::Basic, m_directory);
        QCOMPARE(option.value("xAxis").toObject().value("data").toArray().size(), 2);
        QCOMPARE(option.value("yAxis").toObject().value("data").toArray().size(), 3);
        const QJsonArray cells = option.value("series").toArray().at(0).toObject().value("data").toArray();
        QCOMPARE(cells.size(), 6);
        // 结案率: 琼0105 best (standing 1), 琼0106 worst (0); y follows the directory's order.
        for (const QJsonValue &value : cells) {
            const QJsonArray cell = value.toArray();
            if (cell.at(0).toInt() != 0)
                continue;
            if (cell.at(4).toString() == QStringLiteral("琼0105")) {
                QCOMPARE(cell.at(1).toInt(), 0);
                QCOMPARE(cell.at(2).toDouble(), 1.0);
                QCOMPARE(cell.at(3).toString(), QStringLiteral("100.00%"));
            }
            if (cell.at(4).toString() == QStringLiteral("琼0106"))
                QCOMPARE(cell.at(2).toDouble(), 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCourtsCharts)
#include "tst_courtscharts.moc"
