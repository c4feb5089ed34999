// Tests a 通报's outputs over the small province: the shared tables (ranks with 并列, marks, the
// previous period, courts without figures), the CSV read back, the spreadsheet's sheets and text
// read back from the .xlsx package (libzip), and the PDF's text (pdftotext).
#include "BulletinExport.h"
#include "CourtSamples.h"
#include "HtmlPdf.h"
#include "TestProfile.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace GovDesk::Courts;

namespace {

QList<CourtCase> cases(const char *court, int filed, int closed, int earlierFiled = 0, int earlierClosed = 0)
{
    QList<CourtCase> list;
    int serial = 0;
    const auto add = [&](QDate filedOn, std::optional<QDate> closedOn) {
        CourtCase c;
        c.number = {filedOn.year(), QString::fromUtf8(court), QStringLiteral("民初"), ++serial};
        c.filedOn = filedOn;
        c.closedOn = closedOn;
        c.closing = closedOn ? std::optional(ClosingMethod::Judgment) : std::nullopt;
        list.append(c);
    };
    for (int i = 0; i < filed; ++i)
        add(QDate(2026, 3, 2), i < closed ? std::optional(QDate(2026, 4, 1)) : std::nullopt);
    for (int i = 0; i < earlierFiled; ++i)
        add(QDate(2025, 8, 1), i < earlierClosed ? std::optional(QDate(2025, 9, 1)) : std::nullopt);
    return list;
}

QByteArray zipEntry(const QString &path, const char *name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(archive, name, 0)) {
            data.resize(qsizetype(stat.size));
            data.resize(qsizetype(zip_fread(file, data.data(), stat.size)));
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return data;
}

} // namespace

class TestBulletinExport : public QObject
{
    Q_OBJECT

    CourtDirectory m_directory;
    Bulletin m_bulletin;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        auto directory = CourtDirectory::fromJson(GovDesk::Test::hainanCourts());
        GD_VERIFY(directory);
        m_directory = *directory;
        QList<CourtCase> all;
        // Basic courts: 琼0105 8/10 and 琼0106 8/10 tie this period; 琼0202 has no cases at all.
        all << cases("琼01", 10, 9, 10, 5) << cases("琼02", 2, 1) << cases("琼0105", 10, 8, 10, 9)
            << cases("琼0106", 10, 8);
        BulletinOptions options;
        options.period = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
        options.previous = {QDate(2025, 7, 1), QDate(2025, 12, 31)};
        options.periodName = QStringLiteral("2026年上半年");
        options.issuer = QStringLiteral("海南省高级人民法院审判管理办公室");
        options.indicators = {Indicator::ClosingRate, Indicator::AverageTrialDays};
        options.settings.thresholds = {{Indicator::ClosingRate, 60.0}, {Indicator::AverageTrialDays, 90.0}};
        auto bulletin = CourtBulletin::compose(m_directory, all, options);
        GD_VERIFY(bulletin);
        m_bulletin = *bulletin;
    }

    void tables()
    {
        const BulletinTable overview = BulletinTables::overview(m_bulletin);
        QCOMPARE(overview.rows.size(), 2);
        QCOMPARE(overview.rows.at(0).at(0), QStringLiteral("结案率"));
        const QList<BulletinTable> rankings = BulletinTables::rankings(m_bulletin, m_directory);
        QCOMPARE(rankings.size(), 4); // two indicators × two levels
        const BulletinTable &basic = rankings.at(1);
        QCOMPARE(basic.caption, QStringLiteral("基层人民法院结案率排名"));
        // 琼0105: 8 of (10 + 1 carried) = 72.73; 琼0106: 8 of 10 = 80.00; 琼0202 without cases.
        QCOMPARE(basic.rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("海口市龙华区人民法院"),
                                                QStringLiteral("80.00%"), QStringLiteral("—"), QStringLiteral("—"),
                                                QStringLiteral("—"), QStringLiteral("前一")}));
        QCOMPARE(basic.rows.at(1).at(2), QStringLiteral("72.73%"));
        QCOMPARE(basic.rows.at(1).at(3), QStringLiteral("90.00%"));
        QCOMPARE(basic.rows.at(1).at(4), QStringLiteral("下降17.27个百分点"));
        QCOMPARE(basic.rows.at(2).at(1), QStringLiteral("三亚市城郊人民法院"));
        QCOMPARE(basic.rows.at(2).at(6), QStringLiteral("本期无数据，不参与排名"));
        const BulletinTable &intermediate = rankings.at(0);
        QCOMPARE(intermediate.rows.at(1).at(6), QStringLiteral("后一；未达到60.00%")); // 琼02: 50 %, of two courts
        QCOMPARE(intermediate.marks.at(1), RowMark::BelowThreshold);
        const BulletinTable definitions = BulletinTables::definitions(m_bulletin);
        QCOMPARE(definitions.rows.at(0).at(1), CaseIndicators::definition(Indicator::ClosingRate, {}).formula);
        // The 达标线 the 通报 used, in the direction that counts.
        QCOMPARE(definitions.rows.at(0).at(2), QStringLiteral("不低于60.00%"));
        QCOMPARE(definitions.rows.at(1).at(2), QStringLiteral("不高于90.0天"));
    }

    void csv()
    {
        const QString path = m_dir.filePath(QStringLiteral("通报.csv"));
        GD_VERIFY(BulletinExport::writeCsv(m_bulletin, m_directory, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel on Chinese Windows reads it as UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(m_bulletin.title));
        QVERIFY(text.contains(QStringLiteral("1,海口市龙华区人民法院,80.00%")));
    }

    void xlsx()
    {
        const QString path = m_dir.filePath(QStringLiteral("通报.xlsx"));
        GD_VERIFY(BulletinExport::writeXlsx(m_bulletin, m_directory, path));
        const QString workbook = QString::fromUtf8(zipEntry(path, "xl/workbook.xml"));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"通报\"")), qPrintable(workbook.left(300)));
        QVERIFY(workbook.contains(QStringLiteral("name=\"排名\"")));
        QVERIFY(workbook.contains(QStringLiteral("name=\"指标口径\"")));
        const QString strings = QString::fromUtf8(zipEntry(path, "xl/sharedStrings.xml"));
        QVERIFY(strings.contains(m_bulletin.title));
        QVERIFY(strings.contains(QStringLiteral("基层人民法院结案率排名")));
        QVERIFY(strings.contains(QStringLiteral("下降17.27个百分点")));
        // A failed write leaves nothing behind.
        QVERIFY(!BulletinExport::writeXlsx(m_bulletin, m_directory, m_dir.filePath(QStringLiteral("missing/x.xlsx"))));
    }

    void pdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("通报.pdf"));
        auto pages = GovDesk::Print::HtmlPdf::write(BulletinExport::html(m_bulletin, m_directory), path);
        GD_VERIFY(pages);
        QVERIFY(*pages >= 2);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF is written, its text not read");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(read.contains(QStringLiteral("关于2026年上半年全省法院审判执行工作主要指标和系统应用情况的通报")));
        QVERIFY(read.contains(QStringLiteral("海口市龙华区人民法院")));
        QVERIFY(read.contains(QStringLiteral("指标口径")));

        // The title at 二号 (22pt) against the 三号 (16pt) body, as GB/T 9704 sets them: the
        // heights of their words' boxes keep that ratio (each box is the font's ascent + descent).
        QProcess boxes;
        boxes.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                                  QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
        QVERIFY(boxes.waitForFinished(60000));
        const QString xml = QString::fromUtf8(boxes.readAllStandardOutput());
        const QRegularExpression word(QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]+)<"));
        double titleHeight = 0;
        double bodyHeight = 0;
        for (const QRegularExpressionMatch &match : word.globalMatch(xml)) {
            const double height = match.captured(2).toDouble() - match.captured(1).toDouble();
            if (titleHeight == 0)
                titleHeight = height; // the first words are the title's
            if (match.captured(3).startsWith(QStringLiteral("【结案率】")))
                bodyHeight = height;
        }
        QVERIFY(titleHeight > 0 && bodyHeight > 0);
        QVERIFY2(qAbs(titleHeight / bodyHeight - 22.0 / 16.0) < 0.1,
                 qPrintable(QStringLiteral("title %1, body %2").arg(titleHeight).arg(bodyHeight)));
    }
};

QTEST_MAIN(TestBulletinExport)
#include "tst_bulletinexport.moc"
