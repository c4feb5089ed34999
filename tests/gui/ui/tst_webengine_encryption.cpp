// Tests that Qt WebEngine does not weaken the encrypted store: after a chart page has been shown
// (Chromium loaded, its own SQLite and NSS in the process), a profile is still written encrypted,
// and no GovDesk binary links the plain libsqlite3 whose symbols would silently disable SQLCipher.
#include "ChartView.h"
#include "TestProfile.h"
#include "WebHost.h"
#include "WebTestSupport.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <dlfcn.h>
#include <memory>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using GovDesk::Ui::ChartView;
using GovDesk::Ui::WebHost;

namespace {
const QString Passphrase = QStringLiteral("漓江山水-2026");
const QStringList Notices{QStringLiteral("关于做好2014年森林防火工作的通知"),
                          QStringLiteral("关于青狮潭水库汛限水位调整的批复")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestWebEngineEncryption : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChartView> m_chart;

private Q_SLOTS:
    // Everything below runs with a rendered WebEngine page in the process.
    void initTestCase()
    {
        m_chart = std::make_unique<ChartView>();
        m_chart->resize(640, 400);
        QSignalSpy rendered(m_chart.get(), &ChartView::rendered);
        m_chart->setOption(QJsonObject{
            {QStringLiteral("xAxis"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("category")},
                 {QStringLiteral("data"), QJsonArray{QStringLiteral("收文"), QStringLiteral("发文")}}}},
            {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}}},
            {QStringLiteral("series"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("bar")},
                                                              {QStringLiteral("data"), QJsonArray{42, 17}}}}},
        });
        m_chart->show();
        QVERIFY(rendered.wait(30000));
        QVERIFY(WebHost::engineCreated());
    }

    void cleanupTestCase() { m_chart.reset(); }

    void profileWrittenAndReopenedStaysEncrypted()
    {
        QTemporaryDir dir;
        ProfileRepository profiles(dir.path());
        auto created = profiles.create(
            {.displayName = QStringLiteral("韦丽"), .organisation = QStringLiteral("桂林市人民政府办公室")},
            SecureBytes::fromUtf8(Passphrase), KdfParameters::forTests());
        GD_VERIFY(created);
        {
            Session session(profiles);
            GD_VERIFY(session.unlock(created->id, SecureBytes::fromUtf8(Passphrase)));
            QVERIFY(session.database().isEncrypted());
            GD_VERIFY(
                session.database().execute(QStringLiteral("CREATE TABLE notices (title TEXT NOT NULL)")));
            auto insert
                = session.database().prepare(QStringLiteral("INSERT INTO notices (title) VALUES (?1)"));
            GD_VERIFY(insert);
            for (const QString &title : Notices) {
                insert->bind(1, title);
                GD_VERIFY(insert->exec());
                insert->reset();
            }
            insert = Statement();
            GD_VERIFY(session.database().checkpoint());
            session.lock();
        }
        {
            Session session(profiles);
            GD_VERIFY(session.unlock(created->id, SecureBytes::fromUtf8(Passphrase)));
            auto select
                = session.database().prepare(QStringLiteral("SELECT title FROM notices ORDER BY rowid"));
            GD_VERIFY(select);
            QStringList titles;
            for (auto row = select->step(); row && *row; row = select->step())
                titles << select->text(0);
            QCOMPARE(titles, Notices);
            select = Statement();
            GD_VERIFY(session.database().checkpoint());
            session.lock();
        }
        const QString path = profiles.databasePathOf(*created);
        const QByteArray head = readHead(path, 16);
        QCOMPARE(head.size(), 16);
        QVERIFY2(head != QByteArray("SQLite format 3\0", 16), "the profile was written in plaintext");
        QVERIFY(isEncryptedOnDisk(path));
        const QByteArray bytes = readAll(path);
        for (const QString &title : Notices)
            QVERIFY2(!bytes.contains(title.toUtf8()), qPrintable(title));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    // Chromium brings NSS, whose soft token links libsqlite3 and may load it at run time. That is
    // harmless only while SQLCipher, loaded first with govdesk-core, provides the sqlite3_* symbols.
    void sqliteSymbolsStillResolveToSqlcipher()
    {
        void *libversion = ::dlsym(RTLD_DEFAULT, "sqlite3_libversion");
        QVERIFY(libversion);
        Dl_info info{};
        QVERIFY(::dladdr(libversion, &info) != 0);
        QVERIFY2(QByteArray(info.dli_fname).contains("libsqlcipher"), info.dli_fname);
        QVERIFY(::dlsym(RTLD_DEFAULT, "sqlite3_key") != nullptr);
    }

    // What is really loaded once Chromium runs, including libraries it opens at run time.
    void processMapsNoPlainSqlite()
    {
        const QByteArray maps = readAll(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.contains("libQt6WebEngineCore.so"));
        QVERIFY(maps.contains("libsqlcipher.so"));
        QVERIFY2(!maps.contains("libsqlite3.so"), "plain SQLite was loaded into the process");
    }

    void noBinaryLinksPlainSqlite_data()
    {
        QTest::addColumn<QString>("binary");
        // libgovdesk-web uses nothing of the store itself, so the linker may leave core out of it.
        QTest::addColumn<bool>("opensProfiles");
        // The shell does not link WebEngine at all; the modules with web pages load it.
        QTest::addColumn<bool>("linksWebEngine");
        QTest::newRow("this test") << QCoreApplication::applicationFilePath() << true << true;
        QTest::newRow("libgovdesk-web") << QStringLiteral(GOVDESK_WEB_PATH) << false << true;
        QTest::newRow("govdesk") << QStringLiteral(GOVDESK_SHELL_PATH) << true << false;
    }

    void noBinaryLinksPlainSqlite()
    {
        QFETCH(QString, binary);
        QFETCH(bool, opensProfiles);
        QFETCH(bool, linksWebEngine);
        QVERIFY2(QFile::exists(binary), qPrintable(binary));
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        QVERIFY2(!ldd.isEmpty(), "ldd (libc-bin) is part of every Debian system");
        QProcess process;
        process.start(ldd, {binary});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(output.contains(QStringLiteral("libQt6WebEngineCore")), linksWebEngine);
        QCOMPARE(output.contains(QStringLiteral("libsqlcipher")), opensProfiles);
        QVERIFY2(!output.contains(QStringLiteral("libsqlite3")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("not found")), qPrintable(output));
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runWebEngineTest<TestWebEngineEncryption>(argc, argv);
}
#include "tst_webengine_encryption.moc"
