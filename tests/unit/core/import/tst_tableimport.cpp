// Tests TableImport with an SL 323-like schema (ST_RIVER_R: STCD, TM, Z, Q) on the files that go
// wrong: missing columns, bad numbers, 1e9 values, duplicate keys, a 200 MB file, a cancelled
// check, JSON that is not an array — each a clear error or problem with line and column — and
// that apply() hands over nothing from a file that is not clean.
#include "TestProfile.h"
#include "import/TableImport.h"

#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk::Core;

namespace {

ImportSchema riverSchema()
{
    return {
        .fields
        = {{.key = QStringLiteral("STCD"),
            .label = QStringLiteral("测站编码"),
            .pattern = QStringLiteral("[0-9A-Za-z]{8}"),
            .patternHint = QStringLiteral("8位字母或数字")},
           {.key = QStringLiteral("TM"), .label = QStringLiteral("时间"), .type = ImportFieldType::DateTime},
           {.key = QStringLiteral("Z"),
            .label = QStringLiteral("水位"),
            .type = ImportFieldType::Decimal,
            .minimum = -50.0,
            .maximum = 5000.0,
            .headers = {QStringLiteral("水位(m)")}},
           {.key = QStringLiteral("Q"),
            .label = QStringLiteral("流量"),
            .type = ImportFieldType::Decimal,
            .required = false,
            .minimum = 0.0,
            .maximum = 100000.0}},
        .keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")}};
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void aCleanGb18030FileImports()
    {
        QStringEncoder gb("GB18030");
        const QString path = write(QStringLiteral("river.csv"),
                                   gb.encode(QStringLiteral("测站编码,时间,水位(m),流量\n"
                                                            "60100500,2026-06-18 08:00,84.60,\"1,234.5\"\n"
                                                            "60100500,2026/6/18 9:00,84.72,\n")));
        const TableImport import(path, riverSchema());
        auto preview = import.preview();
        GD_VERIFY(preview);
        QCOMPARE(preview->encoding, QStringLiteral("GB18030"));
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->suggested.value(QStringLiteral("STCD")), 0);
        QCOMPARE(preview->suggested.value(QStringLiteral("Z")), 2); // by its alias 水位(m)
        auto check = import.check(preview->suggested);
        GD_VERIFY(check);
        QVERIFY(check->isClean());
        QCOMPARE(check->rows, 2);
        QList<QVariantList> rows;
        auto applied = import.apply(preview->suggested, [&rows](const QVariantList &values) -> Result<> {
            rows.append(values);
            return {};
        });
        GD_VERIFY(applied);
        QCOMPARE(*applied, 2);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("60100500"));
        QCOMPARE(rows.at(0).at(1).toDateTime(),
                 QDateTime(QDate(2026, 6, 18), QTime(8, 0), QTimeZone(8 * 3600)));
        QCOMPARE(rows.at(0).at(3).toDouble(), 1234.5); // grouped digits as spreadsheets write them
        QVERIFY(rows.at(1).at(3).isNull());            // 流量 is optional
    }

    void everyBadRowIsReportedAndNothingApplied()
    {
        const QString path = write(QStringLiteral("bad.csv"),
                                   QStringLiteral("STCD,TM,Z,Q\n"
                                                  "60100500,2026-06-18 08:00,84.60,12\n"
                                                  "6010050,2026-06-18 09:00,84.70,12\n"   // 7 characters
                                                  "60100500,2026-06-18 10:00,84.7.1,12\n" // not a number
                                                  "60100500,2026-06-18 11:00,1e9,12\n"    // implausible
                                                  "60100500,2026-06-18 08:00,84.80,12\n"  // duplicate key
                                                  "60100500,2026-06-31 12:00,84.90,12\n") // no such day
                                       .toUtf8());
        const TableImport import(path, riverSchema());
        const ColumnMapping mapping
            = ImportCells::suggestMapping(riverSchema(), {QStringLiteral("STCD"), QStringLiteral("TM"),
                                                          QStringLiteral("Z"), QStringLiteral("Q")});
        auto check = import.check(mapping);
        GD_VERIFY(check);
        QCOMPARE(check->rows, 6);
        QCOMPARE(check->problemCount, 5);
        QList<qint64> lines;
        QStringList columns;
        for (const ImportProblem &problem : check->problems) {
            lines << problem.line;
            columns << problem.column;
            QVERIFY(!problem.reason.isEmpty());
        }
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7}));
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("测站编码"), QStringLiteral("水位"), QStringLiteral("水位"),
                              QStringLiteral("测站编码, 时间"), QStringLiteral("时间")}));
        QVERIFY(check->problems.at(2).reason.contains(QStringLiteral("5000")));
        QVERIFY(check->problems.at(3).reason.contains(QLatin1String("2"))); // the same as line 2

        int handedOver = 0;
        auto applied = import.apply(mapping, [&handedOver](const QVariantList &) -> Result<> {
            ++handedOver;
            return {};
        });
        QVERIFY(!applied);
        QVERIFY(handedOver
                <= 1); // only rows before the first problem, in the caller's transaction to roll back
    }

    void missingColumnsAreNamed()
    {
        const QString path
            = write(QStringLiteral("nolevel.csv"), QByteArray("STCD,TM\n60100500,2026-06-18 08:00\n"));
        const TableImport import(path, riverSchema());
        auto preview = import.preview();
        GD_VERIFY(preview);
        auto check = import.check(preview->suggested);
        QVERIFY(!check);
        QVERIFY2(check.error().message.contains(QStringLiteral("水位")), qPrintable(check.error().message));
        QVERIFY(!check.error().message.contains(QStringLiteral("流量"))); // optional
    }

    void a200MegabyteFileIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: nothing is written
        file.close();
        auto preview = TableImport(path, riverSchema()).preview();
        QVERIFY(!preview);
        QVERIFY2(preview.error().message.contains(QLatin1String("200")), qPrintable(preview.error().message));
    }

    void aCheckCanBeCancelled()
    {
        QByteArray bytes("STCD,TM,Z,Q\n");
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0));
        for (int hour = 0; hour < 20000; ++hour)
            bytes += "60100500,"
                     + start.addSecs(hour * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1()
                     + ",84.6,12\n";
        const QString path = write(QStringLiteral("year.csv"), bytes);
        std::atomic_bool cancel = false;
        int calls = 0;
        auto check = TableImport(path, riverSchema())
                         .check(
                             ImportCells::suggestMapping(riverSchema(),
                                                         {QStringLiteral("STCD"), QStringLiteral("TM"),
                                                          QStringLiteral("Z"), QStringLiteral("Q")}),
                             [&](qint64 done, qint64 total) {
                                 QVERIFY(done <= total);
                                 if (++calls == 1)
                                     cancel = true;
                             },
                             &cancel);
        QVERIFY(!check);
        QCOMPARE(check.error().code, ErrorCode::Cancelled);
    }

    void aFileInMemoryImportsWithoutTouchingTheDisk()
    {
        const QByteArray csv("STCD,TM,Z\n60100500,2026-06-18 08:00,84.6\n60100500,2026-06-18 09:00,84.7\n");
        const TableImport fromMemory(csv, QStringLiteral("河道水情.csv"), riverSchema());
        auto preview = fromMemory.preview();
        GD_VERIFY(preview);
        auto check = fromMemory.check(preview->suggested);
        GD_VERIFY(check);
        QVERIFY(check->isClean());
        QCOMPARE(check->rows, 2);
        const TableImport json(QByteArray(R"([{"STCD":"60100500","TM":"2026-06-18 08:00","Z":84.6}])"),
                               QStringLiteral("河道水情.JSON"), riverSchema());
        auto jsonPreview = json.preview();
        GD_VERIFY(jsonPreview);
        QCOMPARE(jsonPreview->format, ImportFormat::Json);
    }

    void jsonArraysOfObjects()
    {
        const QString good
            = write(QStringLiteral("river.json"),
                    QByteArray(R"([{"STCD":"60100500","TM":"2026-06-18 08:00","Z":84.6},)"
                               R"( {"STCD":"60100500","TM":"2026-06-18 09:00","Z":84.7,"Q":15}])"));
        const TableImport import(good, riverSchema());
        auto preview = import.preview();
        GD_VERIFY(preview);
        QCOMPARE(preview->format, ImportFormat::Json);
        auto check = import.check(preview->suggested);
        GD_VERIFY(check);
        QVERIFY(check->isClean());
        QCOMPARE(check->rows, 2);

        const QString object = write(QStringLiteral("object.json"), QByteArray(R"({"STCD":"60100500"})"));
        auto refused = TableImport(object, riverSchema()).preview();
        QVERIFY(!refused);
        const QString broken = write(QStringLiteral("broken.json"), QByteArray(R"([{"STCD":"60100500",}])"));
        refused = TableImport(broken, riverSchema()).preview();
        QVERIFY(!refused);
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
