// Tests PasswordHasher: the stored format, salting, constant verification of stored iterations,
// and a published PBKDF2-HMAC-SHA256 test vector (RFC 7914, section 11).
#include "PasswordHasher.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Server;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashHasTheDocumentedFormat()
    {
        const PasswordHasher hasher(1000);
        auto hash = hasher.hash(QStringLiteral("柳州-森林防火-2026"));
        GD_VERIFY(hash);
        const QStringList parts = hash->split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("1000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    }

    void verifiesTheRightPasswordOnly()
    {
        const PasswordHasher hasher(1000);
        auto hash = hasher.hash(QStringLiteral("柳州-森林防火-2026"));
        GD_VERIFY(hash);
        QVERIFY(hasher.verify(QStringLiteral("柳州-森林防火-2026"), *hash));
        QVERIFY(!hasher.verify(QStringLiteral("柳州-森林防火-2027"), *hash));
        QVERIFY(!hasher.verify(QString(), *hash));
        // Nothing is trimmed or normalised: a trailing space makes another password.
        QVERIFY(!hasher.verify(QStringLiteral("柳州-森林防火-2026 "), *hash));
    }

    void saltsEveryHash()
    {
        const PasswordHasher hasher(1000);
        auto first = hasher.hash(QStringLiteral("govdesk-demo"));
        auto second = hasher.hash(QStringLiteral("govdesk-demo"));
        GD_VERIFY(first);
        GD_VERIFY(second);
        QVERIFY(*first != *second);
    }

    void usesTheStoredIterationCount()
    {
        // Raising the default must not lock out users whose hashes were made with the old one.
        auto old = PasswordHasher(1000).hash(QStringLiteral("wangfang-password"));
        GD_VERIFY(old);
        QVERIFY(PasswordHasher(5000).verify(QStringLiteral("wangfang-password"), *old));
    }

    void matchesThePublishedTestVector()
    {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256(P="passwd", S="salt", c=1), first 32 bytes.
        const QByteArray expected = QByteArray::fromHex(
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QString encoded = QStringLiteral("pbkdf2-sha256$1$%1$%2")
                                    .arg(QString::fromLatin1(QByteArray("salt").toBase64()),
                                         QString::fromLatin1(expected.toBase64()));
        QVERIFY(PasswordHasher().verify(QStringLiteral("passwd"), encoded));
        QVERIFY(!PasswordHasher().verify(QStringLiteral("passwe"), encoded));
    }

    void refusesMalformedHashes_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("bcrypt$10$c2FsdA==$AAAA");
        QTest::newRow("three parts") << QStringLiteral("pbkdf2-sha256$1000$c2FsdA==");
        QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$c2FsdA==$VaMEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw=");
        QTest::newRow("absurd iterations") << QStringLiteral("pbkdf2-sha256$2000000000$c2FsdA==$VaMEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw=");
        QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha256$1$c2FsdA==$!!!!");
        QTest::newRow("short hash") << QStringLiteral("pbkdf2-sha256$1$c2FsdA==$VaMEbg==");
    }

    void refusesMalformedHashes()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher().verify(QStringLiteral("passwd"), encoded));
    }

    void clampsTheConfiguredIterations()
    {
        QCOMPARE(PasswordHasher(0).iterations(), 1);
        QCOMPARE(PasswordHasher(PasswordHasher::MaxIterations + 1).iterations(), PasswordHasher::MaxIterations);
        QCOMPARE(PasswordHasher().iterations(), 200000);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
