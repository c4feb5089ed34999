// Tests OfdPackage: files in, ZIP out (read back with plain libzip), ZIP in again; damaged
// archives and names that leave the package refused.
#include "OfdPackage.h"
#include "OfdTestReader.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Documents;
namespace Reading = GovDesk::Test::OfdReading;

class TestOfdPackage : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsFilesInOrder()
    {
        OfdPackage package;
        const QByteArray binary = QByteArray::fromHex("00ff10") + QByteArray(100000, '\0');
        package.add(QStringLiteral("OFD.xml"), QStringLiteral("<标题>森林防火</标题>").toUtf8());
        package.add(QStringLiteral("Doc_0/Res/font_3.otf"), binary);
        package.add(QStringLiteral("Doc_0/empty.xml"), {});
        package.add(QStringLiteral("OFD.xml"), "replaced"); // keeps its place
        QCOMPARE(package.paths(),
                 (QStringList{QStringLiteral("OFD.xml"), QStringLiteral("Doc_0/Res/font_3.otf"),
                              QStringLiteral("Doc_0/empty.xml")}));
        auto zip = package.toZip();
        GD_VERIFY(zip);
        QVERIFY(zip->startsWith("PK\x03\x04"));
        QVERIFY(zip->size() < 5000); // deflated
        const QHash<QString, QByteArray> files = Reading::unzip(*zip);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.value(QStringLiteral("OFD.xml")), QByteArray("replaced"));
        QCOMPARE(files.value(QStringLiteral("Doc_0/Res/font_3.otf")), binary);

        auto read = OfdPackage::fromZip(*zip);
        GD_VERIFY(read);
        QCOMPARE(read->paths(), package.paths());
        QCOMPARE(read->file(QStringLiteral("Doc_0/Res/font_3.otf")), binary);
        QVERIFY(read->contains(QStringLiteral("Doc_0/empty.xml")));
        QVERIFY(!read->contains(QStringLiteral("Doc_0/other.xml")));
    }

    void refusesWhatIsNotAPackage()
    {
        auto garbage = OfdPackage::fromZip("this is no zip archive");
        QVERIFY(!garbage);
        QVERIFY(!garbage.error().message.isEmpty());
        OfdPackage package;
        package.add(QStringLiteral("OFD.xml"), QByteArray(5000, 'x'));
        QByteArray zip = package.toZip().value_or(QByteArray());
        QVERIFY(!OfdPackage::fromZip(zip.left(zip.size() / 2)));
    }

    void refusesNamesOutsideThePackage()
    {
        for (const QString &name : {QStringLiteral("../evil.xml"), QStringLiteral("Doc_0/../../evil.xml"),
                                    QStringLiteral("/etc/evil.xml")}) {
            const QByteArray zip = Reading::rezip({{QStringLiteral("OFD.xml"), "ok"}, {name, "bad"}});
            auto read = OfdPackage::fromZip(zip);
            QVERIFY2(!read, qPrintable(name));
            QVERIFY(read.error().message.contains(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestOfdPackage)
#include "tst_ofdpackage.moc"
