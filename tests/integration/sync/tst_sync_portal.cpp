// The public portal end to end: an office's profile pushes disclosure.item records through its
// record store and syncs them to the real govdesk-syncd (serve --portal); the portal is read over
// HTTPS, then in Debian's headless Chromium trusting the test CA through a private NSS database
// (verification stays on). Screenshots go to $GOVDESK_SCREENSHOT_DIR when it is set.
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk;
using GovDesk::Test::SyncedProfile;
using GovDesk::Test::SyncServerFixture;

namespace {

const QString Collection = QStringLiteral("disclosure.item");

QJsonObject item(const QString &title, const QString &status, const QString &indexNumber)
{
    return {{QStringLiteral("schema"), 1},
            {QStringLiteral("indexNumber"), indexNumber},
            {QStringLiteral("category"), QStringLiteral("03")},
            {QStringLiteral("title"), title},
            {QStringLiteral("publisher"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("writtenOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("changedOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("publishedOn"), QStringLiteral("2026-03-10")},
            {QStringLiteral("keywords"), QJsonArray{QStringLiteral("城乡建设"), QStringLiteral("计划")}},
            {QStringLiteral("body"),
             QStringLiteral("为加快推进新型城镇化建设，现将%1印发给你们。\n请结合实际，认真组织实施。")
                 .arg(title)},
            {QStringLiteral("classification"), QString()},
            {QStringLiteral("status"), status}};
}

} // namespace

class TestSyncPortal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SyncServerFixture m_server;
    std::unique_ptr<SyncedProfile> m_office;
    QString m_chromium;
    QTemporaryDir m_browserHome; // HOME of the browser: its NSS database trusts the test CA only there

    [[nodiscard]] Core::Result<> put(const QString &recordId, const QJsonObject &payload)
    {
        GD_TRY(m_office->records().put(Collection, recordId, payload));
        auto summary = m_office->sync();
        if (!summary)
            return std::unexpected(summary.error());
        if (summary->rejected > 0)
            return Core::fail(Core::ErrorCode::InvalidArgument, summary->rejections.join(QLatin1Char('\n')));
        return {};
    }

    QString portal(const QString &path) const
    {
        return m_server.baseUrl().toString() + QStringLiteral("/portal/gx-lz-gov/") + path;
    }

    // The DOM Chromium builds of `url`, after a screenshot named `screenshot` when asked for.
    QString browse(const QString &url, const QString &screenshot = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_browserHome.path());
        const QStringList common{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                 QStringLiteral("--user-data-dir=")
                                     + m_browserHome.filePath(QStringLiteral("profile"))};
        const QString screenshots = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!screenshot.isEmpty() && !screenshots.isEmpty()) {
            QProcess shot;
            shot.setProcessEnvironment(environment);
            shot.start(m_chromium, common
                                       + QStringList{QStringLiteral("--window-size=1280,1000"),
                                                     QStringLiteral("--hide-scrollbars"),
                                                     QStringLiteral("--screenshot=")
                                                         + QDir(screenshots).filePath(screenshot),
                                                     url});
            if (!shot.waitForFinished(60000))
                shot.kill();
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(m_chromium, common + QStringList{QStringLiteral("--dump-dom"), url});
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_browserHome.isValid());
        GD_VERIFY(m_server.setUp());
        m_server.stop();
        GD_VERIFY(m_server.start({QStringLiteral("--portal")}));
        auto profile
            = SyncedProfile::create(m_dir.path(), QStringLiteral("柳州市政府办"), QStringLiteral("公开-2026"),
                                    {m_server.baseUrl(), m_server.caFile(), {}});
        GD_VERIFY(profile);
        m_office = std::move(*profile);
        auto account = m_office->signIn(QStringLiteral("wangfang"),
                                        QString::fromUtf8(SyncServerFixture::DefaultPassword));
        QVERIFY(account && *account);

        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        const QString certutil = QStandardPaths::findExecutable(QStringLiteral("certutil"));
        if (m_chromium.isEmpty() || certutil.isEmpty())
            return; // the browser tests skip with the reason
        const QString database = m_browserHome.filePath(QStringLiteral(".pki/nssdb"));
        QVERIFY(QDir().mkpath(database));
        QCOMPARE(QProcess::execute(certutil, {QStringLiteral("-d"), QStringLiteral("sql:") + database,
                                              QStringLiteral("-N"), QStringLiteral("--empty-password")}),
                 0);
        QCOMPARE(QProcess::execute(
                     certutil, {QStringLiteral("-d"), QStringLiteral("sql:") + database, QStringLiteral("-A"),
                                QStringLiteral("-t"), QStringLiteral("C,,"), QStringLiteral("-n"),
                                QStringLiteral("govdesk-test-ca"), QStringLiteral("-i"), m_server.caFile()}),
                 0);
    }

    void syncedItemsReachThePortalWhenPublished()
    {
        GD_VERIFY(put(QStringLiteral("plan-2026"),
                      item(QStringLiteral("柳州市2026年城市建设计划"), QStringLiteral("published"),
                           QStringLiteral("11450200MB0000000X-03-2026-0007"))));
        GD_VERIFY(put(QStringLiteral("plan-draft"), item(QStringLiteral("柳州市2027年城市建设计划（送审稿）"),
                                                         QStringLiteral("leader_review"), QString())));
        const auto column = m_server.request("GET", QStringLiteral("/portal/gx-lz-gov/column/plans/"));
        QCOMPARE(column.status, 200);
        QVERIFY(QString::fromUtf8(column.body).contains(QStringLiteral("柳州市2026年城市建设计划")));
        QVERIFY(!QString::fromUtf8(column.body).contains(QStringLiteral("送审稿")));
        QCOMPARE(m_server.request("GET", QStringLiteral("/portal/gx-lz-gov/item/plan-draft")).status, 404);
    }

    void chromiumShowsTheColumnAndTheItem()
    {
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (scripts/install-deps.sh installs it)");
        const QString column
            = browse(portal(QStringLiteral("column/plans/")), QStringLiteral("portal-column.png"));
        QVERIFY2(column.contains(QStringLiteral("柳州市2026年城市建设计划")), qPrintable(column.left(400)));
        QVERIFY(column.contains(QStringLiteral("规划计划")));
        QVERIFY(!column.contains(QStringLiteral("送审稿")));
        const QString page
            = browse(portal(QStringLiteral("item/plan-2026")), QStringLiteral("portal-item.png"));
        QVERIFY(page.contains(QStringLiteral("11450200MB0000000X-03-2026-0007")));
        QVERIFY(page.contains(QStringLiteral("请结合实际，认真组织实施。")));
        QVERIFY(!browse(portal(QString())).contains(QStringLiteral("送审稿")));
        QVERIFY(!browse(portal(QStringLiteral("feed.atom"))).contains(QStringLiteral("送审稿")));
    }

    void aWithdrawnItemIsGoneInTheBrowser()
    {
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (scripts/install-deps.sh installs it)");
        QJsonObject withdrawn = item(QStringLiteral("柳州市2026年城市建设计划"), QStringLiteral("withdrawn"),
                                     QStringLiteral("11450200MB0000000X-03-2026-0007"));
        withdrawn.insert(QStringLiteral("withdrawal"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("计划调整")},
                                     {QStringLiteral("on"), QStringLiteral("2026-05-01")}});
        GD_VERIFY(put(QStringLiteral("plan-2026"), withdrawn));
        QCOMPARE(m_server.request("GET", QStringLiteral("/portal/gx-lz-gov/item/plan-2026")).status, 404);
        const QString page = browse(portal(QStringLiteral("item/plan-2026")));
        QVERIFY2(page.contains(QStringLiteral("页面不存在")), qPrintable(page.left(400)));
        QVERIFY(!page.contains(QStringLiteral("认真组织实施")));
        // Nothing is published any more: the organisation's portal is gone as a whole.
        QVERIFY(!browse(portal(QStringLiteral("column/plans/"))).contains(QStringLiteral("城市建设计划")));
        QVERIFY(!browse(m_server.baseUrl().toString() + QStringLiteral("/portal/"))
                     .contains(QStringLiteral("柳州市人民政府办公室")));
    }
};

QTEST_MAIN(TestSyncPortal)
#include "tst_sync_portal.moc"
