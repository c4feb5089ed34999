// Tests CsvReader on the files offices send: quoted separators and line breaks, CRLF, blank lines,
// tab-separated exports, UTF-8 with and without BOM, GB18030, and the broken ones — an unclosed
// quote, text after a closing quote, two files joined (a BOM inside), GB18030 bytes deep inside a
// UTF-8 file — each an error with its line.
#include "import/CsvReader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace GovDesk::Core;

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, QString *error = nullptr, qint64 *errorLine = nullptr,
                         TextDecoding::Encoding *encoding = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    CsvReader::Step step;
    while ((step = reader.next(record)) == CsvReader::Step::Record)
        records.append(record);
    if (error)
        *error = step == CsvReader::Step::Error ? reader.errorString() : QString();
    if (errorLine)
        *errorLine = reader.errorLine();
    if (encoding)
        *encoding = reader.encoding();
    return records;
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesCommasAndLineBreaks()
    {
        const QString text = QStringLiteral("STCD,STNM,STLC\r\n"
                                            "60100100,上坪,\"柳州市, 鹿寨县\"\r\n"
                                            "\r\n"
                                            "60100200,\"石桥\"\"站\"\"\",\"两行\n地址\"\r\n"
                                            "60100300,南渡,");
        const QList<CsvRecord> records = readAll(text.toUtf8());
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("60100100"), QStringLiteral("上坪"),
                                                    QStringLiteral("柳州市, 鹿寨县")}));
        QCOMPARE(records.at(2).line, 4); // after the blank line 3
        QCOMPARE(records.at(2).fields.at(1), QStringLiteral("石桥\"站\""));
        QCOMPARE(records.at(2).fields.at(2), QStringLiteral("两行\n地址"));
        QCOMPARE(records.at(3).line, 6); // the quoted line break counts
        QCOMPARE(records.at(3).fields,
                 (QStringList{QStringLiteral("60100300"), QStringLiteral("南渡"), QString()}));
    }

    void tabSeparatedExports()
    {
        const QList<CsvRecord> records = readAll(QStringLiteral("STCD\tDRP\n60100100\t12.5\n").toUtf8());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("60100100"), QStringLiteral("12.5")}));
    }

    void encodings()
    {
        const QString text = QStringLiteral("测站编码,测站名称\n60100100,上坪\n");
        TextDecoding::Encoding encoding;
        QList<CsvRecord> records
            = readAll(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), nullptr, nullptr, &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Utf8WithBom);
        QCOMPARE(records.first().fields.first(), QStringLiteral("测站编码")); // no BOM left in the header
        records = readAll(gb18030(text), nullptr, nullptr, &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Gb18030);
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("上坪"));
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        records = readAll(utf16.encode(text), nullptr, nullptr, &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Utf16LE);
        QCOMPARE(records.first().fields.first(), QStringLiteral("测站编码"));
    }

    void anUnclosedQuoteNamesItsLine()
    {
        QString error;
        qint64 line = 0;
        readAll(QStringLiteral("STCD,STNM\n60100100,\"上坪\n60100200,石桥\n").toUtf8(), &error, &line);
        QVERIFY(!error.isEmpty());
        QCOMPARE(line, 2);
        QVERIFY(error.contains(QLatin1String("2")));
    }

    void textAfterAClosingQuoteIsAnError()
    {
        QString error;
        qint64 line = 0;
        readAll(QStringLiteral("STCD,STNM\n60100100,\"上坪\"站\n").toUtf8(), &error, &line);
        QVERIFY(!error.isEmpty());
        QCOMPARE(line, 2);
    }

    void twoFilesJoinedAreRefused()
    {
        const QByteArray one
            = QByteArray("\xEF\xBB\xBF") + QStringLiteral("STCD,DRP\n60100100,1.5\n").toUtf8();
        QString error;
        qint64 line = 0;
        readAll(one + one, &error, &line);
        QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error));
        QCOMPARE(line, 3);
    }

    void gb18030DeepInAUtf8FileIsRefused()
    {
        // 300 KB of UTF-8 (the encoding is chosen from the first 256 KiB), then a GB18030 line.
        QByteArray bytes = QStringLiteral("STCD,STNM\n").toUtf8();
        for (int i = 0; bytes.size() < 300 * 1024; ++i)
            bytes += QStringLiteral("%1,上坪\n").arg(60100000 + i).toUtf8();
        bytes += "60199999," + gb18030(QStringLiteral("石桥")) + "\n";
        QString error;
        qint64 line = 0;
        const QList<CsvRecord> records = readAll(bytes, &error, &line);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
        QVERIFY(line > 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
