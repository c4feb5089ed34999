// Tests PasswordHasher: Argon2id in the PHC format, salting, the stored cost used for
// verification and bounded, and the PBKDF2-HMAC-SHA256 hashes of earlier versions still verified
// (a published test vector, RFC 7914 section 11) and marked for upgrade.
#include "PasswordHasher.h"
#include "TestProfile.h"

#include <QRegularExpression>
#include <QTest>

using namespace GovDesk::Server;

namespace {
const PasswordHasher::Cost Cheap{.memoryKiB = 64, .iterations = 1};
} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idInThePhcFormat()
    {
        const PasswordHasher hasher(Cheap);
        auto hash = hasher.hash(QStringLiteral("柳州-森林防火-2026"));
        GD_VERIFY(hash);
        const QRegularExpression phc(QStringLiteral("^\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$"));
        const QRegularExpressionMatch match = phc.match(*hash);
        QVERIFY2(match.hasMatch(), qPrintable(*hash));
        QCOMPARE(QByteArray::fromBase64(match.captured(1).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(match.captured(2).toLatin1()).size(), 32);
        QVERIFY(!PasswordHasher::needsUpgrade(*hash));
    }

    void verifiesTheRightPasswordOnly()
    {
        const PasswordHasher hasher(Cheap);
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
        const PasswordHasher hasher(Cheap);
        auto first = hasher.hash(QStringLiteral("govdesk-demo"));
        auto second = hasher.hash(QStringLiteral("govdesk-demo"));
        GD_VERIFY(first);
        GD_VERIFY(second);
        QVERIFY(*first != *second);
    }

    void usesTheStoredCost()
    {
        // Changing the configured cost must not lock out users whose hashes were made with another.
        auto old = PasswordHasher(Cheap).hash(QStringLiteral("wangfang-password"));
        GD_VERIFY(old);
        QVERIFY(PasswordHasher({.memoryKiB = 128, .iterations = 2}).verify(QStringLiteral("wangfang-password"), *old));
    }

    void verifiesLegacyPbkdf2HashesAndMarksThemForUpgrade()
    {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256(P="passwd", S="salt", c=1), first 32 bytes.
        const QByteArray expected = QByteArray::fromHex(
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QString encoded = QStringLiteral("pbkdf2-sha256$1$%1$%2")
                                    .arg(QString::fromLatin1(QByteArray("salt").toBase64()),
                                         QString::fromLatin1(expected.toBase64()));
        QVERIFY(PasswordHasher(Cheap).verify(QStringLiteral("passwd"), encoded));
        QVERIFY(!PasswordHasher(Cheap).verify(QStringLiteral("passwe"), encoded));
        QVERIFY(PasswordHasher::needsUpgrade(encoded));
    }

    void refusesMalformedHashes_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("bcrypt$10$c2FsdA==$AAAA");
        QTest::newRow("pbkdf2: three parts") << QStringLiteral("pbkdf2-sha256$1000$c2FsdA==");
        QTest::newRow("pbkdf2: zero iterations") << QStringLiteral("pbkdf2-sha256$0$c2FsdA==$VaMEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw=");
        QTest::newRow("pbkdf2: absurd iterations") << QStringLiteral("pbkdf2-sha256$2000000000$c2FsdA==$VaMEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw=");
        QTest::newRow("pbkdf2: bad base64") << QStringLiteral("pbkdf2-sha256$1$c2FsdA==$!!!!");
        QTest::newRow("pbkdf2: short hash") << QStringLiteral("pbkdf2-sha256$1$c2FsdA==$VaMEbg==");
        const QString salt = QStringLiteral("c29tZXNhbHRzb21lc2FsdA");
        const QString hash = QStringLiteral("VaMEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw");
        QTest::newRow("argon2i") << QStringLiteral("$argon2i$v=19$m=64,t=1,p=1$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: old version") << QStringLiteral("$argon2id$v=16$m=64,t=1,p=1$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: absurd memory") << QStringLiteral("$argon2id$v=19$m=4000000000,t=1,p=1$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: absurd passes") << QStringLiteral("$argon2id$v=19$m=64,t=100000,p=1$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: zero passes") << QStringLiteral("$argon2id$v=19$m=64,t=0,p=1$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: more lanes") << QStringLiteral("$argon2id$v=19$m=64,t=1,p=8$%1$%2").arg(salt, hash);
        QTest::newRow("argon2id: short salt") << QStringLiteral("$argon2id$v=19$m=64,t=1,p=1$c2FsdA$%1").arg(hash);
        QTest::newRow("argon2id: short hash") << QStringLiteral("$argon2id$v=19$m=64,t=1,p=1$%1$VaMEbg").arg(salt);
        QTest::newRow("argon2id: bad base64") << QStringLiteral("$argon2id$v=19$m=64,t=1,p=1$%1$!!!!").arg(salt);
    }

    void refusesMalformedHashes()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher(Cheap).verify(QStringLiteral("passwd"), encoded));
    }

    void clampsTheConfiguredCost()
    {
        QCOMPARE(PasswordHasher({.memoryKiB = 0, .iterations = 0}).cost().memoryKiB, PasswordHasher::MinMemoryKiB);
        QCOMPARE(PasswordHasher({.memoryKiB = 0, .iterations = 0}).cost().iterations, 1u);
        QCOMPARE(PasswordHasher({.memoryKiB = PasswordHasher::MaxMemoryKiB + 1, .iterations = 1000}).cost().memoryKiB,
                 PasswordHasher::MaxMemoryKiB);
        QCOMPARE(PasswordHasher().cost().memoryKiB, 19456u);
        QCOMPARE(PasswordHasher().cost().iterations, 2u);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
