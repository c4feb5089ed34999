// Tests AuditLog: the hash chain over real events, the append-only triggers, and that verify()
// names the first entry an attacker who drops the triggers edited, deleted or reordered.
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;

    static constexpr int ChainLength = 6;

    void open(bool create)
    {
        m_log.reset();
        m_db.reset();
        auto db = openWithSchema(m_path, AuditLog::MigrationOwner, AuditLog::migrations(), create);
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_log = std::make_unique<AuditLog>(*m_db);
    }

    // A realistic morning in a county government office; entry 2 has no detail on purpose.
    void appendChain()
    {
        const QDateTime start(QDate(2024, 5, 6), QTime(0, 58, 3, 120), Qt::UTC);
        GD_VERIFY(m_log->append(AuditEvent::ProfileCreated, QStringLiteral("县政府办公室"),
                                {{QStringLiteral("profileName"), QStringLiteral("李明 – 公文处理")}},
                                QStringLiteral("李明"), start));
        GD_VERIFY(
            m_log->append(AuditEvent::UnlockSucceeded, {}, {}, QStringLiteral("李明"), start.addSecs(60)));
        GD_VERIFY(
            m_log->append(QStringLiteral("document.signed"), QStringLiteral("桂政发〔2014〕12号"),
                          {{QStringLiteral("title"), QStringLiteral("关于做好2014年森林防火工作的通知")},
                           {QStringLiteral("copies"), 3},
                           {QStringLiteral("recipients"),
                            QJsonArray{QStringLiteral("县林业局"), QStringLiteral("各乡镇人民政府")}}},
                          QStringLiteral("李明"), start.addSecs(600)));
        GD_VERIFY(m_log->append(AuditEvent::BackupCreated, QStringLiteral("备份-2024-05-06.gdbak"),
                                {{QStringLiteral("bytes"), 7340032}, {QStringLiteral("encrypted"), true}},
                                QStringLiteral("李明"), start.addSecs(900)));
        GD_VERIFY(m_log->append(AuditEvent::UnlockFailed, {}, {{QStringLiteral("attempt"), 1}},
                                QStringLiteral("李明"), start.addSecs(3600)));
        GD_VERIFY(m_log->append(AuditEvent::Locked, {}, {{QStringLiteral("reason"), QStringLiteral("idle")}},
                                QStringLiteral("李明"), start.addSecs(5400)));
    }

    void dropTriggers()
    {
        GD_VERIFY(m_db->execute(
            QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")));
    }

    // `checked` defaults to the broken entry's own sequence: every entry before it was intact.
    void verifyBrokenAt(qint64 sequence, const QString &reasonPart, qint64 checked = -1)
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("audit chain broken at entry %1 ").arg(sequence)));
        auto verification = m_log->verify();
        GD_VERIFY(verification);
        QVERIFY(!verification->intact);
        QCOMPARE(verification->firstBrokenSequence, sequence);
        QCOMPARE(verification->entriesChecked, checked < 0 ? sequence : checked);
        QVERIFY2(verification->reason.contains(reasonPart), qPrintable(verification->reason));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("profile.gddb"));
        open(true);
    }

    void cleanup()
    {
        m_log.reset();
        m_db.reset();
    }

    void migrationIsRecorded()
    {
        auto version = MigrationRunner::currentVersion(*m_db, QString::fromLatin1(AuditLog::MigrationOwner));
        GD_VERIFY(version);
        QCOMPARE(*version, 1);
    }

    void emptyLogVerifiesIntact()
    {
        auto verification = m_log->verify();
        GD_VERIFY(verification);
        QVERIFY(verification->intact);
        QCOMPARE(verification->entriesChecked, 0);
        QCOMPARE(verification->firstBrokenSequence, 0);
        QVERIFY(verification->reason.isEmpty());
        auto head = m_log->head();
        GD_VERIFY(head);
        QCOMPARE(head->sequence, 0);
        QCOMPARE(head->hash, QByteArray(64, '0'));
    }

    void chainLinksEveryEntryToThePreviousOne()
    {
        appendChain();
        auto all = m_log->entries();
        GD_VERIFY(all);
        QCOMPARE(all->size(), ChainLength);
        QByteArray previous(64, '0');
        for (qsizetype i = 0; i < all->size(); ++i) {
            const AuditEntry &entry = all->at(i);
            QCOMPARE(entry.sequence, i + 1);
            QCOMPARE(entry.previousHash, previous);
            QCOMPARE(entry.hash.size(), 64);
            QCOMPARE(entry.hash, AuditLog::computeHash(entry.previousHash, entry));
            previous = entry.hash;
        }
        const AuditEntry &signed_ = all->at(2);
        QCOMPARE(signed_.event, QStringLiteral("document.signed"));
        QCOMPARE(signed_.subject, QStringLiteral("桂政发〔2014〕12号"));
        QCOMPARE(signed_.actor, QStringLiteral("李明"));
        QCOMPARE(signed_.detail.value(QStringLiteral("title")).toString(),
                 QStringLiteral("关于做好2014年森林防火工作的通知"));
        QCOMPARE(signed_.detail.value(QStringLiteral("recipients")).toArray().size(), 2);
        QVERIFY(all->at(1).detail.isEmpty());

        auto verification = m_log->verify();
        GD_VERIFY(verification);
        QVERIFY(verification->intact);
        QCOMPARE(verification->entriesChecked, ChainLength);
        QCOMPARE(verification->firstBrokenSequence, 0);

        auto head = m_log->head();
        GD_VERIFY(head);
        QCOMPARE(head->sequence, ChainLength);
        QCOMPARE(head->hash, all->last().hash);
    }

    // Pins the canonical form: an external verifier, or a later GovDesk, must get the same bytes.
    void hashIsSha256OfPreviousHashAndCanonicalJson()
    {
        const QDateTime at(QDate(2024, 3, 5), QTime(8, 30, 15, 250), Qt::UTC);
        // Keys given out of order: the canonical form sorts them at every level.
        const QJsonObject detail{
            {QStringLiteral("z"), QStringLiteral("最后")},
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("y"), 2}, {QStringLiteral("b"), 1}}}};
        auto entry = m_log->append(AuditEvent::BackupRestored, QStringLiteral("桂政发〔2014〕12号"), detail,
                                   QStringLiteral("王芳"), at);
        GD_VERIFY(entry);
        const QByteArray expectedCanonical
            = QStringLiteral(
                  R"({"actor":"王芳","at":"2024-03-05T08:30:15.250Z","detail":{"a":{"b":1,"y":2},"z":"最后"},)"
                  R"("event":"backup.restored","sequence":1,"subject":"桂政发〔2014〕12号"})")
                  .toUtf8();
        QCOMPARE(AuditLog::canonicalForm(*entry), expectedCanonical);
        const QByteArray expectedHash
            = QCryptographicHash::hash(QByteArray(64, '0') + expectedCanonical, QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(entry->hash, expectedHash);
        QCOMPARE(m_log->head()->hash, expectedHash);
    }

    void updateAndDeleteAreRefusedByTriggers()
    {
        appendChain();
        auto update = m_db->execute(QStringLiteral("UPDATE audit_log SET subject = '无' WHERE sequence = 3"));
        QVERIFY(!update);
        QCOMPARE(update.error().code, ErrorCode::Constraint);
        QVERIFY2(update.error().detail.contains(QStringLiteral("append-only")),
                 qPrintable(update.error().detail));
        auto remove = m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE sequence = 4"));
        QVERIFY(!remove);
        QCOMPARE(remove.error().code, ErrorCode::Constraint);
        QVERIFY(!m_db->execute(QStringLiteral("DELETE FROM audit_log")));

        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log")).value(), ChainLength);
        QCOMPARE(m_log->entries().value().at(2).subject, QStringLiteral("桂政发〔2014〕12号"));
        QVERIFY(m_log->verify().value().intact);
    }

    void editedEntryIsFound_data()
    {
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<qint64>("broken");
        QTest::addColumn<QString>("reasonPart");

        const QString altered = QStringLiteral("altered");
        QTest::newRow("subject") << qint64(3) << QStringLiteral("subject = '桂政发〔2014〕13号'") << qint64(3)
                                 << altered;
        QTest::newRow("at") << qint64(3) << QStringLiteral("at = '2024-05-06T01:08:03.121Z'") << qint64(3)
                            << altered;
        QTest::newRow("at, same instant written differently")
            << qint64(3) << QStringLiteral("at = '2024-05-06T09:08:03.120+08:00'") << qint64(3) << altered;
        QTest::newRow("actor") << qint64(3) << QStringLiteral("actor = '张伟'") << qint64(3) << altered;
        QTest::newRow("event") << qint64(5) << QStringLiteral("event = 'unlock.succeeded'") << qint64(5)
                               << altered;
        QTest::newRow("detail value")
            << qint64(4) << QStringLiteral("detail = replace(detail, '7340032', '7340033')") << qint64(4)
            << altered;
        QTest::newRow("detail emptied")
            << qint64(3) << QStringLiteral("detail = '{}'") << qint64(3) << altered;
        // Entry 2 was written with an empty detail: unreadable JSON must not pass as "{}".
        QTest::newRow("detail not JSON")
            << qint64(2) << QStringLiteral("detail = 'x'") << qint64(2) << altered;
        QTest::newRow("detail not an object")
            << qint64(2) << QStringLiteral("detail = '[]'") << qint64(2) << altered;
        QTest::newRow("own hash") << qint64(3) << QStringLiteral("hash = upper(hash)") << qint64(3)
                                  << altered;
        // A changed stored hash also unlinks the next entry, but the first broken one is reported.
        QTest::newRow("last entry's hash")
            << qint64(6) << QStringLiteral("hash = '%1'").arg(QString(64, QLatin1Char('f'))) << qint64(6)
            << altered;
        QTest::newRow("previous_hash")
            << qint64(3) << QStringLiteral("previous_hash = '%1'").arg(QString(64, QLatin1Char('0')))
            << qint64(3) << QStringLiteral("does not link to entry 2");
        QTest::newRow("first entry's previous_hash")
            << qint64(1) << QStringLiteral("previous_hash = '%1'").arg(QString(64, QLatin1Char('1')))
            << qint64(1) << QStringLiteral("does not start the chain");
    }

    void editedEntryIsFound()
    {
        QFETCH(qint64, sequence);
        QFETCH(QString, assignment);
        QFETCH(qint64, broken);
        QFETCH(QString, reasonPart);
        appendChain();
        dropTriggers();
        GD_VERIFY(m_db->execute(
            QStringLiteral("UPDATE audit_log SET %1 WHERE sequence = %2").arg(assignment).arg(sequence)));
        QCOMPARE(m_db->changes(), 1);
        verifyBrokenAt(broken, reasonPart);
    }

    // The gap is reported at the first entry still present after it (5 here, not the missing 4):
    // firstBrokenSequence always names a row one can look at.
    void deletedEntryIsFoundAtTheNextOne()
    {
        appendChain();
        dropTriggers();
        GD_VERIFY(m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE sequence = 4")));
        verifyBrokenAt(5, QStringLiteral("Entry 5 follows entry 3"), 4);
    }

    void deletedFirstEntriesAreFound()
    {
        appendChain();
        dropTriggers();
        GD_VERIFY(m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE sequence <= 2")));
        verifyBrokenAt(3, QStringLiteral("entries 1 to 2 were deleted"), 1);
    }

    void deletedEntryWithRenumberedSuccessorsIsFound()
    {
        // Closing the gap by renumbering still breaks the link (and each renumbered hash).
        appendChain();
        dropTriggers();
        GD_VERIFY(m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE sequence = 4; UPDATE audit_log "
                                               "SET sequence = sequence - 1 WHERE sequence > 4")));
        verifyBrokenAt(4, QStringLiteral("does not link to entry 3"));
    }

    void reorderedContentIsFound()
    {
        // Swap everything but the sequence numbers of entries 2 and 3.
        appendChain();
        dropTriggers();
        QString assignments;
        for (const char *column : {"at", "actor", "event", "subject", "detail", "previous_hash", "hash"}) {
            if (!assignments.isEmpty())
                assignments += QStringLiteral(", ");
            assignments
                += QStringLiteral(
                       "%1 = (SELECT %1 FROM original WHERE original.sequence = 5 - audit_log.sequence)")
                       .arg(QString::fromLatin1(column));
        }
        GD_VERIFY(m_db->execute(
            QStringLiteral("CREATE TEMP TABLE original AS SELECT * FROM audit_log WHERE sequence IN (2, 3);"
                           "UPDATE audit_log SET %1 WHERE sequence IN (2, 3)")
                .arg(assignments)));
        QCOMPARE(m_log->entries().value().at(1).subject, QStringLiteral("桂政发〔2014〕12号"));
        verifyBrokenAt(2, QStringLiteral("does not link to entry 1"));
    }

    void reorderedSequenceNumbersAreFound()
    {
        appendChain();
        dropTriggers();
        GD_VERIFY(m_db->execute(QStringLiteral("UPDATE audit_log SET sequence = -1 WHERE sequence = 4;"
                                               "UPDATE audit_log SET sequence = 4 WHERE sequence = 5;"
                                               "UPDATE audit_log SET sequence = 5 WHERE sequence = -1")));
        verifyBrokenAt(4, QStringLiteral("does not link to entry 3"));
    }

    // An attacker who recomputes the edited entry's own hash but not the rest of the chain is
    // found at the next entry, which still links to the old hash.
    void rehashedEditIsFoundAtTheNextEntry()
    {
        appendChain();
        dropTriggers();
        AuditEntry forged = m_log->entries(3, 1).value().first();
        forged.subject = QStringLiteral("桂政发〔2014〕99号");
        const QByteArray forgedHash = AuditLog::computeHash(forged.previousHash, forged);
        GD_VERIFY(m_db->execute(
            QStringLiteral("UPDATE audit_log SET subject = '%1', hash = '%2' WHERE sequence = 3")
                .arg(forged.subject, QString::fromLatin1(forgedHash))));
        verifyBrokenAt(4, QStringLiteral("does not link to entry 3"));
    }

    void forgedRowInsertedWithoutAppendIsFound()
    {
        appendChain();
        GD_VERIFY(
            m_db->execute(QStringLiteral("INSERT INTO audit_log (sequence, at, event, previous_hash, hash)"
                                         " SELECT 7, '2024-05-06T03:00:00.000Z', 'unlock.succeeded', hash, "
                                         "hash FROM audit_log WHERE sequence = 6")));
        verifyBrokenAt(7, QStringLiteral("altered"));
    }

    // Documented limit: the chain alone cannot show that its newest entries were cut off; a copy
    // of head() kept elsewhere can.
    void cutOffTailNeedsAnAnchoredHead()
    {
        appendChain();
        const AuditEntry anchored = m_log->head().value();
        dropTriggers();
        GD_VERIFY(m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE sequence >= 5")));
        QVERIFY(m_log->verify().value().intact);
        QCOMPARE(m_log->head()->sequence, 4);
        QVERIFY(m_log->head()->hash != anchored.hash);
    }

    void entriesPersistAcrossReopen()
    {
        appendChain();
        const QList<AuditEntry> before = m_log->entries().value();
        open(false);
        auto verification = m_log->verify();
        GD_VERIFY(verification);
        QVERIFY(verification->intact);
        QCOMPARE(verification->entriesChecked, ChainLength);
        const QList<AuditEntry> after = m_log->entries().value();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).at, before.at(i).at);
            QCOMPARE(after.at(i).subject, before.at(i).subject);
            QCOMPARE(after.at(i).detail, before.at(i).detail);
            QCOMPARE(after.at(i).hash, before.at(i).hash);
        }
        auto next = m_log->append(AuditEvent::UnlockSucceeded, {}, {}, QStringLiteral("李明"));
        GD_VERIFY(next);
        QCOMPARE(next->sequence, ChainLength + 1);
        QCOMPARE(next->previousHash, before.last().hash);
        QVERIFY(m_log->verify().value().intact);
    }

    void explicitTimeIsKeptInUtc()
    {
        // A failed unlock at 09:15:42.007 Beijing time, recorded only after the next unlock.
        const QDateTime beijing(QDate(2024, 5, 6), QTime(9, 15, 42, 7), QTimeZone(8 * 3600));
        auto entry
            = m_log->append(AuditEvent::UnlockFailed, {}, {{QStringLiteral("attempt"), 2}}, {}, beijing);
        GD_VERIFY(entry);
        QCOMPARE(entry->at, beijing);
        QCOMPARE(entry->at.timeSpec(), Qt::UTC);
        const AuditEntry stored = m_log->entries().value().first();
        QCOMPARE(stored.at, beijing);
        QCOMPARE(stored.at.toString(Qt::ISODateWithMs), QStringLiteral("2024-05-06T01:15:42.007Z"));
        QCOMPARE(
            m_db->queryInt(QStringLiteral("SELECT at = '2024-05-06T01:15:42.007Z' FROM audit_log")).value(),
            1);
    }

    void defaultTimeIsNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto entry = m_log->append(AuditEvent::Locked);
        GD_VERIFY(entry);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        QVERIFY(entry->at >= before && entry->at <= after);
        QCOMPARE(entry->at.timeSpec(), Qt::UTC);
        QVERIFY(entry->actor.isEmpty());
        QVERIFY(entry->subject.isEmpty());
        QVERIFY(m_log->verify().value().intact);
    }

    void invalidArgumentsAreRefused()
    {
        auto noEvent = m_log->append(QString());
        QVERIFY(!noEvent);
        QCOMPARE(noEvent.error().code, ErrorCode::InvalidArgument);
        auto badTime
            = m_log->append(AuditEvent::Locked, {}, {}, {}, QDateTime(QDate(2024, 2, 30), QTime(8, 0)));
        QVERIFY(!badTime);
        QCOMPARE(badTime.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_log->entries(1, -1).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_log->head()->sequence, 0);
    }

    void entriesPage()
    {
        appendChain();
        auto page = m_log->entries(2, 3);
        GD_VERIFY(page);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->first().sequence, 2);
        QCOMPARE(page->last().sequence, 4);
        QCOMPARE(m_log->entries(ChainLength + 1).value().size(), 0);
        QCOMPARE(m_log->entries(1, 0).value().size(), 0);
    }

    void appendJoinsTheCallersTransaction()
    {
        GD_VERIFY(m_log->append(AuditEvent::ProfileCreated));
        GD_VERIFY(m_db->execute(QStringLiteral("CREATE TABLE backups (file TEXT)")));
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_db->execute(QStringLiteral("INSERT INTO backups VALUES ('备份-1.gdbak')")));
            auto entry = m_log->append(AuditEvent::BackupCreated, QStringLiteral("备份-1.gdbak"));
            GD_VERIFY(entry);
            QCOMPARE(entry->sequence, 2);
            tx->rollback();
        }
        // The backup row and its audit entry went together.
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM backups")).value(), 0);
        QCOMPARE(m_log->head()->sequence, 1);
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_db->execute(QStringLiteral("INSERT INTO backups VALUES ('备份-2.gdbak')")));
            GD_VERIFY(m_log->append(AuditEvent::BackupCreated, QStringLiteral("备份-2.gdbak")));
            GD_VERIFY(m_log->append(AuditEvent::Locked));
            GD_VERIFY(tx->commit());
        }
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT count(*) FROM backups")).value(), 1);
        QCOMPARE(m_log->head()->sequence, 3);
        QVERIFY(m_log->verify().value().intact);
    }

    void failedAppendLeavesTheCallersTransactionUsable()
    {
        GD_VERIFY(m_db->execute(QStringLiteral(
            "CREATE TRIGGER refuse_test_event BEFORE INSERT ON audit_log WHEN NEW.event = 'test.refused'"
            " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_log->append(AuditEvent::UnlockSucceeded));
            QVERIFY(!m_log->append(QStringLiteral("test.refused")));
            GD_VERIFY(m_log->append(AuditEvent::Locked));
            GD_VERIFY(tx->commit());
        }
        QCOMPARE(m_log->head()->sequence, 2);
        // Outside a transaction a failed append must not leave one open behind it.
        QVERIFY(!m_log->append(QStringLiteral("test.refused")));
        auto tx = Transaction::begin(*m_db);
        GD_VERIFY(tx);
        tx->rollback();
        QVERIFY(m_log->verify().value().intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
