// Tests JsonText and the pull answer written with it: the same JSON QJsonDocument would write.
#include "JsonText.h"
#include "PullAnswer.h"
#include "SyncApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace GovDesk::Server;

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("documents.document");
        QTest::newRow("Chinese") << QStringLiteral("柳政办发〔2026〕12号");
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ there");
        QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("line separator and emoji")
            << QStringLiteral("x") + QChar(0x2028) + QStringLiteral("🌧");
        QTest::newRow("empty") << QString();
    }

    void stringsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        QByteArray ours;
        JsonText::appendString(ours, text);
        const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        QCOMPARE(ours, qt.mid(1, qt.size() - 2));
        QCOMPARE(QJsonDocument::fromJson("[" + ours + "]").array().at(0).toString(), text);
        // Stored UTF-8 text, escaped without a QString between: the same bytes.
        QByteArray fromUtf8;
        JsonText::appendString(fromUtf8, QByteArrayView(text.toUtf8()));
        QCOMPARE(fromUtf8, ours);
    }

    void pullAnswerMatchesRecordJson()
    {
        QList<RecordState> changes;
        for (int i = 0; i < 3; ++i) {
            RecordState record;
            record.collection = QStringLiteral("documents.document");
            record.recordId = QStringLiteral("r-%1 \"引号\"").arg(i);
            record.owner = QStringLiteral("gx-lz-gov");
            record.recipients
                = i == 1 ? QStringList{QStringLiteral("gx-lz-forestry"), QStringLiteral("gx-lz-luzhai")}
                         : QStringList{};
            record.revision = 3 + i;
            record.deleted = i == 2;
            record.payload = {{QStringLiteral("title"), QStringLiteral("关于防汛的通知\n第%1号").arg(i)},
                              {QStringLiteral("copies"), i}};
            record.updatedAt = QStringLiteral("2026-12-04T08:00:0%1Z").arg(i);
            record.seq = 40 + i;
            changes << record;
        }
        // The changes in the form the repository stores them: UTF-8 and compact JSON.
        PullAnswer writer;
        for (const RecordState &record : std::as_const(changes)) {
            const QByteArray collection = record.collection.toUtf8();
            const QByteArray recordId = record.recordId.toUtf8();
            const QByteArray owner = record.owner.toUtf8();
            const QByteArray recipients
                = QJsonDocument(QJsonArray::fromStringList(record.recipients)).toJson(QJsonDocument::Compact);
            const QByteArray payload = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
            const QByteArray updatedAt = record.updatedAt.toUtf8();
            writer.append(ChangeView{collection, recordId, owner, recipients, payload, updatedAt, record.revision,
                                     record.seq, record.deleted});
        }
        QCOMPARE(writer.lastSeq(), 42); // the next cursor's position
        const QByteArray answer = std::move(writer).finish(QStringLiteral("42-ab12cd34"), true);

        QJsonArray expectedChanges;
        for (const RecordState &record : changes)
            expectedChanges.append(SyncApi::recordJson(record));
        const QJsonObject expected{{QStringLiteral("changes"), expectedChanges},
                                   {QStringLiteral("cursor"), QStringLiteral("42-ab12cd34")},
                                   {QStringLiteral("hasMore"), true}};
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(answer, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), expected);
        // Keys in QJsonObject's (sorted) order: byte for byte what the QJsonObject form gave.
        QCOMPARE(answer, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void emptyPageHasNoChanges()
    {
        PullAnswer writer;
        QVERIFY(writer.isEmpty());
        const QByteArray answer = std::move(writer).finish(QStringLiteral("0"), false);
        QCOMPARE(answer, QByteArray(R"({"changes":[],"cursor":"0","hasMore":false})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
