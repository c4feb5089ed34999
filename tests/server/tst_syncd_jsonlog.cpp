// Tests govdesk-syncd's `--log-format json` on the real process: every line is one JSON object
// with time, level, category, message, host and pid, and a request's line carries its method,
// path, status, milliseconds and peer as fields; an unknown format is refused.
#include "SyncServerFixture.h"
#include "TestProfile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using GovDesk::Test::SyncServerFixture;

class TestSyncdJsonLog : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;

    // The log's lines from the first JSON one on (the set-up's start wrote text).
    QList<QJsonObject> jsonLines()
    {
        QList<QJsonObject> lines;
        bool started = false;
        for (const QByteArray &line : m_server.log().split('\n')) {
            started = started || line.startsWith('{');
            if (!started || line.isEmpty() || line.startsWith("govdesk-syncd listening on"))
                continue;
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                qFatal("not a JSON object: %s", line.constData());
            lines << document.object();
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("QT_LOGGING_RULES", "govdesk.syncd.debug=true");
        GD_VERIFY(m_server.setUp());
        QCOMPARE(m_server.stop(), 0);
        GD_VERIFY(m_server.start({QStringLiteral("--log-format"), QStringLiteral("json")}));
    }

    void everyLineIsAnObjectWithItsContext()
    {
        GD_VERIFY(m_server.signIn(QStringLiteral("wangfang")));
        const QList<QJsonObject> lines = jsonLines();
        QVERIFY(!lines.isEmpty());
        for (const QJsonObject &line : lines) {
            QVERIFY(QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                        .isValid());
            QVERIFY(QStringList({QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("critical")})
                        .contains(line.value(QStringLiteral("level")).toString()));
            QVERIFY(line.value(QStringLiteral("category")).toString().startsWith(QStringLiteral("govdesk.")));
            QVERIFY(!line.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!line.value(QStringLiteral("host")).toString().isEmpty());
            QVERIFY(line.value(QStringLiteral("pid")).toInteger() > 0);
        }
    }

    void aRequestLineCarriesItsFields()
    {
        QCOMPARE(
            m_server
                .request("GET", QStringLiteral("/v1/sync/pull?cursor=0"), {}, QStringLiteral("not-a-token"))
                .status,
            401);
        QJsonObject request;
        for (const QJsonObject &line : jsonLines()) {
            if (line.value(QStringLiteral("event")).toString() == QStringLiteral("request")
                && line.value(QStringLiteral("path")).toString() == QStringLiteral("/v1/sync/pull"))
                request = line;
        }
        QVERIFY2(!request.isEmpty(), m_server.log().right(2000).constData());
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(request.value(QStringLiteral("level")).toString(), QStringLiteral("debug"));
        QVERIFY(request.value(QStringLiteral("ms")).toInteger() >= 0);
        QVERIFY(request.value(QStringLiteral("peer")).toString().contains(QStringLiteral("127.0.0.1")));
        // Fields belong to their line only: the next line of that thread has none of them.
        for (const QJsonObject &line : jsonLines()) {
            if (line.value(QStringLiteral("event")).toString() != QStringLiteral("request"))
                QVERIFY(!line.contains(QStringLiteral("status")));
        }
    }

    void anUnknownFormatIsRefused()
    {
        QProcess syncd;
        syncd.start(SyncServerFixture::syncdPath(),
                    {QStringLiteral("--log-format"), QStringLiteral("xml"), QStringLiteral("--data"),
                     QStringLiteral("/nonexistent"), QStringLiteral("migrate")});
        QVERIFY(syncd.waitForFinished(10000));
        QVERIFY(syncd.exitCode() != 0);
        QVERIFY(syncd.readAllStandardError().contains("--log-format is text or json"));
    }
};

QTEST_GUILESS_MAIN(TestSyncdJsonLog)
#include "tst_syncd_jsonlog.moc"
