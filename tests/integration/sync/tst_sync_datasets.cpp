// Datasets published by the administrator (govdesk-syncd dataset load) reach the offices over
// real HTTPS: the file becomes an attachment of a record in the module's collection, which the
// organisation and the ones it is sent to pull with their attachments — byte for byte — and an
// office outside them never sees. Bad commands are refused with a message and change nothing.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "module/ModuleRecords.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"
#include "sync/RecordStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

class TestSyncDatasets : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<SyncedProfile> office(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("数据集-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        return std::move(*profile);
    }

    QList<SyncRecord> datasets(SyncedProfile &profile)
    {
        auto records = profile.records().query({.collection = QStringLiteral("water.dataset")});
        return records.value_or(QList<SyncRecord>{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(
            m_server.setUp(SyncServerFixture::defaultOrganisations(), SyncServerFixture::defaultUsers()));
    }

    void aLoadedDatasetReachesTwoOrganisations()
    {
        // A day of hourly levels at one station, as a provincial 雨水情 database exports them.
        QByteArray csv("STCD,TM,Z,Q\n");
        for (int hour = 0; hour < 24; ++hour)
            csv += QStringLiteral("60100500,2026-06-18 %1:00,%2,120\n")
                       .arg(hour, 2, 10, QLatin1Char('0'))
                       .arg(84.0 + hour * 0.05, 0, 'f', 2)
                       .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("清溪河_河道水情_20260618.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
        file.close();
        auto loaded = m_server.admin({QStringLiteral("dataset"), QStringLiteral("load"),
                                      QStringLiteral("gx-lz-gov"), QStringLiteral("water.dataset"), path,
                                      QStringLiteral("--kind"), QStringLiteral("ST_RIVER_R"),
                                      QStringLiteral("--to"), QStringLiteral("gx-lz-forestry")});
        GD_VERIFY(loaded);
        const QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
        QVERIFY2(loaded->contains(sha256), qPrintable(*loaded));

        for (const QString &user : {QStringLiteral("wangfang"), QStringLiteral("chenjing")}) {
            auto profile = office(user);
            auto summary = profile->sync();
            GD_VERIFY(summary);
            QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
            const QList<SyncRecord> records = datasets(*profile);
            QCOMPARE(records.size(), 1);
            const QJsonObject payload = records.first().payload;
            QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("ST_RIVER_R"));
            QCOMPARE(payload.value(QStringLiteral("fileName")).toString(),
                     QStringLiteral("清溪河_河道水情_20260618.csv"));
            QCOMPARE(BlobReferences::of(payload).first().sha256, sha256);
            auto bytes = BlobCache(profile->session().database()).read(sha256);
            GD_VERIFY(bytes);
            QCOMPARE(*bytes, csv);
        }
        // 鹿寨县 was not sent it.
        auto outsider = office(QStringLiteral("limin"));
        auto summary = outsider->sync();
        GD_VERIFY(summary);
        QVERIFY(datasets(*outsider).isEmpty());
        QVERIFY(!BlobCache(outsider->session().database()).read(sha256));
    }

    void badCommandsChangeNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("STCD,TM,DRP\n60100100,2026-06-18 08:00,1.0\n");
        file.close();
        const QList<QStringList> refused{
            {QStringLiteral("dataset"), QStringLiteral("load"), QStringLiteral("gx-nowhere"),
             QStringLiteral("water.dataset"), path},
            {QStringLiteral("dataset"), QStringLiteral("load"), QStringLiteral("gx-lz-gov"),
             QStringLiteral("Water Data"), path},
            {QStringLiteral("dataset"), QStringLiteral("load"), QStringLiteral("gx-lz-gov"),
             QStringLiteral("water.dataset"), m_dir.filePath(QStringLiteral("missing.csv"))},
            {QStringLiteral("dataset"), QStringLiteral("load"), QStringLiteral("gx-lz-gov"),
             QStringLiteral("water.dataset"), path, QStringLiteral("--to"), QStringLiteral("gx-nowhere")},
        };
        for (const QStringList &arguments : refused) {
            auto result = m_server.admin(arguments);
            QVERIFY2(!result, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY(!result.error().message.isEmpty());
        }
        auto profile = office(QStringLiteral("wangfang"));
        auto summary = profile->sync();
        GD_VERIFY(summary);
        QCOMPARE(datasets(*profile).size(), 1); // only the one loaded above
    }
};

QTEST_GUILESS_MAIN(TestSyncDatasets)
#include "tst_sync_datasets.moc"
