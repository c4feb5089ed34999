// Unit test of CsvWriter: RFC 4180 quoting, CRLF, UTF-8 with BOM, atomic writes.
#include "CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using GovDesk::Ui::CsvWriter;

namespace {
const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithBomAndEndsRowsWithCrlf()
    {
        const QByteArray csv = CsvWriter::encode({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QString()}});
        QCOMPARE(csv, bom + QByteArrayLiteral("a,b\r\nc,\r\n"));
    }

    void emptyInputIsJustTheBom()
    {
        QCOMPARE(CsvWriter::encode({}), bom);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
        QTest::newRow("comma") << QStringLiteral("1,2") << QStringLiteral("\"1,2\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("spaces kept") << QStringLiteral(" x ") << QStringLiteral(" x ");
        // Full-width comma and Chinese quotes are ordinary characters, not CSV syntax.
        QTest::newRow("chinese punctuation") << QStringLiteral("各市、县人民政府，“通知”") << QStringLiteral("各市、县人民政府，“通知”");
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encode({{field, QStringLiteral("z")}}), bom + utf8(encoded + QStringLiteral(",z\r\n")));
    }

    void formulasAreNeutralisedNumbersAreNot_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+86 898 6555") << QStringLiteral("'+86 898 6555");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::newRow("dash text") << QStringLiteral("-（此件公开发布）") << QStringLiteral("'-（此件公开发布）");
        QTest::newRow("ordinary") << QStringLiteral("桂政发〔2014〕12号") << QStringLiteral("桂政发〔2014〕12号");
    }

    void formulasAreNeutralisedNumbersAreNot()
    {
        QFETCH(QString, field);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encode({{field}}), bom + utf8(encoded + QStringLiteral("\r\n")));
    }

    void chineseTextWithEmbeddedNewline()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("发文字号"), QStringLiteral("标题")},
            {QStringLiteral("桂政发〔2014〕12号"), QStringLiteral("关于做好2014年森林防火工作的通知\n（第二稿）")},
        };
        const QByteArray expected = bom + utf8(QStringLiteral("发文字号,标题\r\n"
                                                              "桂政发〔2014〕12号,\"关于做好2014年森林防火工作的通知\n（第二稿）\"\r\n"));
        QCOMPARE(CsvWriter::encode(rows), expected);
    }

    void writeCreatesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("公文.csv"));
        QString error;
        QVERIFY2(CsvWriter::write(path, {{QStringLiteral("桂政发〔2014〕12号")}}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bom + utf8(QStringLiteral("桂政发〔2014〕12号\r\n")));
    }

    void writeToMissingDirectoryFailsWithoutFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("不存在/公文.csv"));
        QString error;
        QVERIFY(!CsvWriter::write(path, {{QStringLiteral("x")}}, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void overwriteReplacesPreviousExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.csv"));
        QString error;
        QVERIFY(CsvWriter::write(path, {{QStringLiteral("旧")}}, &error));
        QVERIFY(CsvWriter::write(path, {{QStringLiteral("新")}}, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bom + utf8(QStringLiteral("新\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
