// Tests ProtocolRules, the one copy of the protocol's name, id, limit and JSON rules that client
// and server share, and that RecordStore refuses what the server would reject.
#include "TestProfile.h"
#include "store/Database.h"
#include "sync/ProtocolRules.h"
#include "sync/RecordStore.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
namespace Rules = GovDesk::Core::ProtocolRules;

class TestProtocolRules : public QObject
{
    Q_OBJECT

private slots:
    void collectionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("module.kind") << QStringLiteral("documents.document") << true;
        QTest::newRow("one segment") << QStringLiteral("water") << true;
        QTest::newRow("digits and underscore") << QStringLiteral("water.reading_2026") << true;
        QTest::newRow("64 characters") << (QStringLiteral("a.") + QString(62, u'b')) << true;
        QTest::newRow("65 characters") << (QStringLiteral("a.") + QString(63, u'b')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("Documents.document") << false;
        QTest::newRow("starts with a digit") << QStringLiteral("2026.document") << false;
        QTest::newRow("segment starts with a digit") << QStringLiteral("documents.1st") << false;
        QTest::newRow("empty segment") << QStringLiteral("documents..document") << false;
        QTest::newRow("trailing dot") << QStringLiteral("documents.") << false;
        QTest::newRow("leading dot") << QStringLiteral(".documents") << false;
        QTest::newRow("hyphen") << QStringLiteral("documents.sent-out") << false;
        QTest::newRow("Chinese") << QStringLiteral("公文.收文") << false;
        QTest::newRow("newline") << QStringLiteral("documents\n.document") << false;
    }
    void collectionNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Rules::isValidCollection(name), valid);
        QCOMPARE(RecordStore::isValidCollection(name), valid); // the client's check is the same rule
    }

    void recordIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << QStringLiteral("9f3e2c1a-0b7d-4e55-8a61-3c2f5d9e8b10") << true;
        QTest::newRow("Chinese") << QStringLiteral("柳政办发〔2026〕12号") << true;
        QTest::newRow("inner space") << QStringLiteral("draft 2") << true;
        QTest::newRow("128 characters") << QString(128, u'x') << true;
        QTest::newRow("129 characters") << QString(129, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one space") << QStringLiteral(" ") << false;
        QTest::newRow("only white space") << QStringLiteral(" \t\u3000 ") << false;
        QTest::newRow("line feed") << QStringLiteral("abc\n[fake] line") << false;
        QTest::newRow("carriage return") << QStringLiteral("abc\rdef") << false;
        QTest::newRow("NUL") << QString::fromUtf16(u"abc\u0000def", 7) << false;
        QTest::newRow("C1 NEL") << QStringLiteral("abc\u0085def") << false;
        QTest::newRow("line separator") << QStringLiteral("abc\u2028def") << false;
        QTest::newRow("paragraph separator") << QStringLiteral("abc\u2029def") << false;
    }
    void recordIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(Rules::isValidRecordId(id), valid);
    }

    void opAndBlobIds()
    {
        QVERIFY(Rules::isValidOpId(QStringLiteral("5b0c")));
        QVERIFY(Rules::isValidOpId(QString(128, u'o')));
        QVERIFY(!Rules::isValidOpId(QString(129, u'o')));
        QVERIFY(!Rules::isValidOpId(QString()));
        const QString sha
            = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QVERIFY(Rules::isValidBlobId(sha));
        QVERIFY(!Rules::isValidBlobId(sha.toUpper()));
        QVERIFY(!Rules::isValidBlobId(sha.left(63)));
        QVERIFY(!Rules::isValidBlobId(sha + u'0'));
        QVERIFY(!Rules::isValidBlobId(sha.left(63) + u'g'));
    }

    void exactIntegers()
    {
        QCOMPARE(Rules::exactInteger(QJsonValue(0)), std::optional<qint64>(0));
        QCOMPARE(Rules::exactInteger(QJsonValue(-7)), std::optional<qint64>(-7));
        QCOMPARE(Rules::exactInteger(QJsonValue(9007199254740992.0)),
                 std::optional<qint64>(9007199254740992LL));
        QVERIFY(!Rules::exactInteger(QJsonValue(9007199254740994.0))); // beyond 2^53: not exact
        QVERIFY(!Rules::exactInteger(QJsonValue(1.5)));
        QVERIFY(!Rules::exactInteger(QJsonValue(QStringLiteral("1"))));
        QVERIFY(!Rules::exactInteger(QJsonValue(true)));
        QVERIFY(!Rules::exactInteger(QJsonValue()));
    }

    void stringLists()
    {
        QCOMPARE(Rules::stringList(QJsonArray{QStringLiteral("gx-lz-gov"), QStringLiteral("gx-lz-forestry")}),
                 std::optional<QStringList>({QStringLiteral("gx-lz-gov"), QStringLiteral("gx-lz-forestry")}));
        QCOMPARE(Rules::stringList(QJsonArray{}), std::optional<QStringList>(QStringList()));
        QVERIFY(!Rules::stringList(QJsonArray{QStringLiteral("gx-lz-gov"), 3}));
        QVERIFY(!Rules::stringList(QJsonValue(QStringLiteral("gx-lz-gov"))));
    }

    void clientLimitsAreTheProtocolDefaults()
    {
        const ServerLimits limits;
        QCOMPARE(limits.maxPayloadBytes, Rules::Defaults::MaxPayloadBytes);
        QCOMPARE(limits.maxPushOps, Rules::Defaults::MaxPushOps);
        QCOMPARE(limits.blobChunkBytes, Rules::Defaults::BlobChunkBytes);
        QCOMPARE(RecordStore::MaxPayloadBytes, Rules::Defaults::MaxPayloadBytes);
    }

    // The drift this unit removes: the server used to accept ids the client refused, and the
    // client ids with line breaks the server's log could not show on one line.
    void recordStoreRefusesWhatTheServerRejects_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("only white space") << QStringLiteral("   ");
        QTest::newRow("line feed") << QStringLiteral("9f3e\n[fake] line");
        QTest::newRow("line separator") << QStringLiteral("9f3e\u2028x");
        QTest::newRow("too long") << QString(129, u'x');
    }
    void recordStoreRefusesWhatTheServerRejects()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        auto db = GovDesk::Test::openWithSchema(dir.filePath(QStringLiteral("store.gddb")),
                                                RecordStore::MigrationOwner, RecordStore::migrations(), true);
        GD_VERIFY(db);
        RecordStore store(**db);
        const auto put = store.put(QStringLiteral("documents.document"), id,
                                   {{QStringLiteral("title"), QStringLiteral("关于做好森林防火工作的通知")}});
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::InvalidArgument);
        QVERIFY(store.put(QStringLiteral("documents.document"), QStringLiteral("9f3e2c1a"),
                          {{QStringLiteral("title"), QStringLiteral("关于做好森林防火工作的通知")}}));
    }
};

QTEST_GUILESS_MAIN(TestProtocolRules)
#include "tst_protocolrules.moc"
