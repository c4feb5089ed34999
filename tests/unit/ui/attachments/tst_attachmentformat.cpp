// Tests AttachmentFormat: PDF and OFD recognised by name, and by their bytes when the name does
// not say — an OFD is a ZIP whose directory lists OFD.xml, wherever the entry sits — while other
// ZIPs, damaged archives and arbitrary bytes are not; and no more than the ends of a file are read.
#include "AttachmentFormat.h"
#include "OfdFixture.h"

#include <QTest>

using namespace GovDesk::Ui;
using GovDesk::Test::StoredZip;

namespace {
QByteArray sampleOfd()
{
    return GovDesk::Test::makeOfd({{3, QStringLiteral("仿宋"), {}}},
                                  {{{3, 5.6, 28, 50, QStringLiteral("关于做好春季森林防火工作的通知")}}});
}
} // namespace

class TestAttachmentFormat : public QObject
{
    Q_OBJECT

private slots:
    void byName()
    {
        QCOMPARE(AttachmentFormat::byName(QStringLiteral("附件1.PDF")), AttachmentKind::Pdf);
        QCOMPARE(AttachmentFormat::byName(QStringLiteral("柳政办发〔2026〕12号.ofd")), AttachmentKind::Ofd);
        QCOMPARE(AttachmentFormat::byName(QStringLiteral("值班表.xlsx")), AttachmentKind::Other);
        QCOMPARE(AttachmentFormat::byName(QStringLiteral("ofd")), AttachmentKind::Other);
    }

    void byContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<AttachmentKind>("kind");
        QTest::newRow("OFD") << sampleOfd() << AttachmentKind::Ofd;
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") << AttachmentKind::Pdf;

        StoredZip later;
        later.add(QStringLiteral("Doc_0/Document.xml"), "<ofd:Document/>");
        later.add(QStringLiteral("OFD.xml"), "<ofd:OFD/>");
        QTest::newRow("OFD.xml not first") << later.bytes() << AttachmentKind::Ofd;

        QByteArray commented = sampleOfd();
        const QByteArray comment = "由GovDesk导出";
        commented[commented.size() - 2] = char(comment.size());
        QTest::newRow("with a ZIP comment") << commented + comment << AttachmentKind::Ofd;

        // Cut short: no directory, but OFD.xml is the first entry as producers write it.
        QTest::newRow("truncated") << sampleOfd().left(400) << AttachmentKind::Ofd;

        StoredZip office;
        office.add(QStringLiteral("[Content_Types].xml"), "<Types/>");
        office.add(QStringLiteral("word/document.xml"), "<w:document/>");
        QTest::newRow("a Word file") << office.bytes() << AttachmentKind::Other;

        StoredZip nested;
        nested.add(QStringLiteral("backup/OFD.xml"), "<ofd:OFD/>");
        QTest::newRow("OFD.xml not at the root") << nested.bytes() << AttachmentKind::Other;

        QByteArray damaged = sampleOfd();
        damaged.replace(damaged.indexOf("PK\x01\x02"), 4, "XXXX");
        damaged.replace(0, 4, "PK\x03\x04"); // still starts like a ZIP
        damaged.replace(30, 7, "ofd.xml");   // and its first entry is not OFD.xml
        QTest::newRow("damaged directory") << damaged << AttachmentKind::Other;

        QTest::newRow("text") << QByteArray("关于做好春季森林防火工作的通知") << AttachmentKind::Other;
        QTest::newRow("empty") << QByteArray() << AttachmentKind::Other;
        QTest::newRow("just PK") << QByteArray("PK\x03\x04") << AttachmentKind::Other;
    }

    void byContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(AttachmentKind, kind);
        QCOMPARE(AttachmentFormat::of(QStringLiteral("附件2"), bytes), kind);
    }

    void readsOnlyTheEnds()
    {
        // An OFD with a large image: recognised from its start and its directory.
        StoredZip zip;
        zip.add(QStringLiteral("OFD.xml"), "<ofd:OFD/>");
        zip.add(QStringLiteral("Doc_0/Res/image_1.png"), QByteArray(3 * 1024 * 1024, 'x'));
        const QByteArray bytes = zip.bytes();
        qint64 read = 0;
        const auto kind = AttachmentFormat::byContent(bytes.size(), [&](qint64 offset, qint64 length) {
            read += length;
            return bytes.mid(offset, length);
        });
        QCOMPARE(kind, AttachmentKind::Ofd);
        QVERIFY2(read < 100 * 1024, qPrintable(QString::number(read)));
        // A reader that fails (the blob is not here) gives Other, not a crash.
        QCOMPARE(AttachmentFormat::byContent(bytes.size(), [](qint64, qint64) { return QByteArray(); }),
                 AttachmentKind::Other);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentFormat)
#include "tst_attachmentformat.moc"
