// Tests KeyDerivation: Argon2id v1.3 keys (known answers from the reference argon2 CLI),
// KDF parameter (de)serialisation, calibration and the key check.
#include "TestProfile.h"
#include "crypto/KeyDerivation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <chrono>
#include <limits>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;

namespace {

QByteArray bytesOf(const SecureBytes &secure)
{
    return secure.view().toByteArray();
}

KdfParameters parameters(quint32 memoryKiB, quint32 iterations, quint32 parallelism, QByteArray salt)
{
    KdfParameters p;
    p.memoryKiB = memoryKiB;
    p.iterations = iterations;
    p.parallelism = parallelism;
    p.salt = std::move(salt);
    return p;
}

QByteArray derive(const QString &passphrase, const KdfParameters &p)
{
    auto key = KeyDerivation::deriveKey(SecureBytes::fromUtf8(passphrase), p);
    return key ? bytesOf(*key) : QByteArray();
}

QJsonObject validJson()
{
    return parameters(64 * 1024, 3, 2, QByteArray(32, '\x5a')).toJson();
}

} // namespace

class TestKeyDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected values computed independently with the reference implementation's CLI
    // (Debian package argon2), e.g.:
    //   echo -n pass | argon2 somesaltsomesalt -id -t 2 -m 10 -p 1 -l 32 -r
    // (-m is log2 of KiB). They pin the algorithm to Argon2id, version 0x13, raw 32-byte output.
    void knownAnswers_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint32>("memoryKiB");
        QTest::addColumn<quint32>("iterations");
        QTest::addColumn<quint32>("parallelism");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("pass t=2 m=2^10 p=1")
            << QStringLiteral("pass") << QByteArray("somesaltsomesalt") << 1024u << 2u << 1u
            << QByteArray("e558db3e6085abaa621ccc5472437bb3b0691d73ab822d6646ad86bd1d42115e");
        QTest::newRow("password t=2 m=2^16 p=4")
            << QStringLiteral("password") << QByteArray("somesalt") << 65536u << 2u << 4u
            << QByteArray("1a9677b0afe81fda7b548895e7a1bfeb8668ffc19a530e37e088a668fab1c02a");
        QTest::newRow("cjk t=3 m=2^13 p=2")
            << QStringLiteral("森林防火") << QByteArray("somesaltsomesalt") << 8192u << 3u << 2u
            << QByteArray("f324a3038b966fc729f31ee12947d613145e5952041789f5376cc2777cf98810");
        QTest::newRow("cjk salt")
            << QStringLiteral("桂政发〔2014〕12号") << QByteArray("GovDesk-salt-森林") << 8192u << 3u << 2u
            << QByteArray("f4e0fb74818bf355d07cce7fc55d4f42cac9539d851dc86a965ee7c885e033e9");
    }

    void knownAnswers()
    {
        QFETCH(QString, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(quint32, memoryKiB);
        QFETCH(quint32, iterations);
        QFETCH(quint32, parallelism);
        QFETCH(QByteArray, expectedHex);
        auto key = KeyDerivation::deriveKey(SecureBytes::fromUtf8(passphrase),
                                            parameters(memoryKiB, iterations, parallelism, salt));
        GD_VERIFY(key);
        QCOMPARE(key->size(), KdfParameters::KeyLength);
        QCOMPARE(bytesOf(*key).toHex(), expectedHex);
    }

    void notArgon2iNorVersion10()
    {
        const QByteArray key = derive(QStringLiteral("pass"), parameters(1024, 2, 1, "somesaltsomesalt"));
        QCOMPARE(key.size(), 32);
        // argon2 ... -i (Argon2i) and ... -id -v 10 (version 0x10) of the same input:
        QVERIFY(key.toHex() != "c1507d116dd8b8660068e7a81a73541c773e690817fa761eccecc8de9675de2d");
        QVERIFY(key.toHex() != "0dac0f5ab047e404689cf0f73f4f5856e6e366ff9178c24f294d71cbfb48cec3");
    }

    void deterministic()
    {
        const KdfParameters p = KdfParameters::forTests();
        const QByteArray first = derive(QStringLiteral("关于做好2014年森林防火工作的通知"), p);
        QCOMPARE(first.size(), 32);
        QCOMPARE(derive(QStringLiteral("关于做好2014年森林防火工作的通知"), p), first);
        // The same parameters after a JSON round trip give the same key.
        const auto reread = KdfParameters::fromJson(p.toJson());
        GD_VERIFY(reread);
        QCOMPARE(derive(QStringLiteral("关于做好2014年森林防火工作的通知"), *reread), first);
    }

    void differentSaltGivesDifferentKey()
    {
        const KdfParameters p = KdfParameters::forTests();
        const KdfParameters q = p.withFreshSalt();
        QVERIFY(p.salt != q.salt);
        QVERIFY(derive(QStringLiteral("桂政发〔2014〕12号"), p) != derive(QStringLiteral("桂政发〔2014〕12号"), q));
    }

    void differentPassphraseGivesDifferentKey()
    {
        const KdfParameters p = KdfParameters::forTests();
        const QByteArray a = derive(QStringLiteral("桂政发〔2014〕12号"), p);
        QVERIFY(a != derive(QStringLiteral("桂政发〔2014〕13号"), p));
        QVERIFY(a != derive(QStringLiteral("桂政发〔2014〕12号 "), p));
        QVERIFY(a != derive(QStringLiteral("桂政发(2014)12号"), p)); // ASCII brackets are different characters
    }

    void differentCostGivesDifferentKey()
    {
        const KdfParameters p = KdfParameters::forTests();
        KdfParameters moreIterations = p;
        moreIterations.iterations = p.iterations + 1;
        KdfParameters moreMemory = p;
        moreMemory.memoryKiB = p.memoryKiB * 2;
        KdfParameters moreLanes = p;
        moreLanes.parallelism = p.parallelism + 1;
        const QByteArray base = derive(QStringLiteral("pass"), p);
        QVERIFY(base != derive(QStringLiteral("pass"), moreIterations));
        QVERIFY(base != derive(QStringLiteral("pass"), moreMemory));
        QVERIFY(base != derive(QStringLiteral("pass"), moreLanes));
    }

    void emptyPassphraseStillDerives()
    {
        auto key = KeyDerivation::deriveKey(SecureBytes(), KdfParameters::forTests());
        GD_VERIFY(key);
        QCOMPARE(key->size(), KdfParameters::KeyLength);
    }

    void invalidParametersAreACryptoError()
    {
        // Too short a salt for Argon2 itself (minimum 8 bytes).
        auto shortSalt = KeyDerivation::deriveKey(SecureBytes::copyOf("pass"), parameters(1024, 1, 1, "salt"));
        QVERIFY(!shortSalt);
        QCOMPARE(shortSalt.error().code, ErrorCode::Crypto);
        QVERIFY(!shortSalt.error().message.isEmpty());
        QVERIFY2(shortSalt.error().detail.contains(QStringLiteral("alt"), Qt::CaseInsensitive),
                 qPrintable(shortSalt.error().detail));

        auto noIterations = KeyDerivation::deriveKey(SecureBytes::copyOf("pass"),
                                                     parameters(1024, 0, 1, QByteArray(16, 's')));
        QVERIFY(!noIterations);
        QCOMPARE(noIterations.error().code, ErrorCode::Crypto);
    }

    void defaultsAndTestParameters()
    {
        const KdfParameters defaults;
        QCOMPARE(defaults.memoryKiB, 64u * 1024u);
        QCOMPARE(defaults.iterations, 3u);
        QCOMPARE(defaults.parallelism, 2u);
        QCOMPARE(KdfParameters::KeyLength, std::size_t(32));
        QCOMPARE(KdfParameters::SaltLength, qsizetype(32));

        const KdfParameters forTests = KdfParameters::forTests();
        QCOMPARE(forTests.salt.size(), KdfParameters::SaltLength);
        QVERIFY(forTests.salt != KdfParameters::forTests().salt);
    }

    void withFreshSaltKeepsCost()
    {
        const KdfParameters p = parameters(16 * 1024, 7, 3, QByteArray(32, 'a'));
        const KdfParameters q = p.withFreshSalt();
        QCOMPARE(q.memoryKiB, p.memoryKiB);
        QCOMPARE(q.iterations, p.iterations);
        QCOMPARE(q.parallelism, p.parallelism);
        QCOMPARE(q.salt.size(), KdfParameters::SaltLength);
        QVERIFY(q.salt != p.salt);
        QVERIFY(!(p == q));
    }

    void jsonRoundTrip()
    {
        QByteArray salt(32, Qt::Uninitialized);
        for (int i = 0; i < salt.size(); ++i)
            salt[i] = static_cast<char>(i * 37); // includes zero bytes and bytes above 0x7f
        const KdfParameters p = parameters(96 * 1024, 5, 4, salt);
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 0x13);
        QCOMPARE(json.value(QStringLiteral("memoryKiB")).toInteger(), 96 * 1024);
        QCOMPARE(json.value(QStringLiteral("iterations")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("parallelism")).toInteger(), 4);
        QCOMPARE(QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1()), salt);

        const auto reread = KdfParameters::fromJson(json);
        GD_VERIFY(reread);
        QVERIFY(*reread == p);
    }

    void fromJsonRejectsUnknownAlgorithm_data()
    {
        QTest::addColumn<QJsonValue>("algorithm");
        QTest::newRow("argon2i") << QJsonValue(QStringLiteral("argon2i"));
        QTest::newRow("argon2d") << QJsonValue(QStringLiteral("argon2d"));
        QTest::newRow("pbkdf2") << QJsonValue(QStringLiteral("pbkdf2-sha512"));
        QTest::newRow("upper case") << QJsonValue(QStringLiteral("Argon2id"));
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("number") << QJsonValue(2);
    }

    void fromJsonRejectsUnknownAlgorithm()
    {
        QFETCH(QJsonValue, algorithm);
        QJsonObject json = validJson();
        if (algorithm.isUndefined())
            json.remove(QStringLiteral("algorithm"));
        else
            json.insert(QStringLiteral("algorithm"), algorithm);
        const auto parsed = KdfParameters::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::NotGovDeskDatabase);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void fromJsonRejectsAbsurdParameters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QString memory = QStringLiteral("memoryKiB");
        const QString iterations = QStringLiteral("iterations");
        const QString parallelism = QStringLiteral("parallelism");
        const QString salt = QStringLiteral("salt");
        QTest::newRow("memory 0") << memory << QJsonValue(0);
        QTest::newRow("memory 1023 KiB") << memory << QJsonValue(1023);
        QTest::newRow("memory 5 GiB") << memory << QJsonValue(qint64(5) * 1024 * 1024);
        QTest::newRow("memory negative") << memory << QJsonValue(-65536);
        QTest::newRow("memory missing") << memory << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("memory as string") << memory << QJsonValue(QStringLiteral("65536"));
        QTest::newRow("memory 2^32 + 64 MiB") << memory << QJsonValue((qint64(1) << 32) + 65536);
        QTest::newRow("iterations 0") << iterations << QJsonValue(0);
        QTest::newRow("iterations 1001") << iterations << QJsonValue(1001);
        QTest::newRow("iterations -1") << iterations << QJsonValue(-1);
        QTest::newRow("iterations 2^32 + 3") << iterations << QJsonValue((qint64(1) << 32) + 3);
        QTest::newRow("iterations fractional") << iterations << QJsonValue(2.5);
        QTest::newRow("parallelism 0") << parallelism << QJsonValue(0);
        QTest::newRow("parallelism 65") << parallelism << QJsonValue(65);
        QTest::newRow("salt missing") << salt << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("salt empty") << salt << QJsonValue(QString());
        QTest::newRow("salt 15 bytes") << salt << QJsonValue(QString::fromLatin1(QByteArray(15, 'x').toBase64()));
        QTest::newRow("salt 8 bytes") << salt << QJsonValue(QString::fromLatin1(QByteArray("somesalt").toBase64()));
    }

    void fromJsonRejectsAbsurdParameters()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = validJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto parsed = KdfParameters::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Corrupt);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void fromJsonAcceptsBoundaries()
    {
        QJsonObject json = validJson();
        json.insert(QStringLiteral("memoryKiB"), 1024);
        json.insert(QStringLiteral("iterations"), 1);
        json.insert(QStringLiteral("parallelism"), 64);
        json.insert(QStringLiteral("salt"), QString::fromLatin1(QByteArray(16, 's').toBase64()));
        auto low = KdfParameters::fromJson(json);
        GD_VERIFY(low);
        QCOMPARE(low->memoryKiB, 1024u);
        QCOMPARE(low->salt.size(), 16);

        json.insert(QStringLiteral("memoryKiB"), 4 * 1024 * 1024);
        json.insert(QStringLiteral("iterations"), 1000);
        json.insert(QStringLiteral("parallelism"), 1);
        auto high = KdfParameters::fromJson(json);
        GD_VERIFY(high);
        QCOMPARE(high->memoryKiB, 4u * 1024u * 1024u);
        QCOMPARE(high->iterations, 1000u);
    }

    // The file says which Argon2 version derived the key; deriving with another one would
    // make the right passphrase look wrong.
    void fromJsonRejectsUnknownVersion()
    {
        QJsonObject json = validJson();
        json.insert(QStringLiteral("version"), 0x10);
        const auto parsed = KdfParameters::fromJson(json);
        QVERIFY(!parsed);
    }

    void calibrateSmallTarget()
    {
        auto calibrated = KeyDerivation::calibrate(50ms, 8 * 1024);
        GD_VERIFY(calibrated);
        QVERIFY2(calibrated->iterations >= 2 && calibrated->iterations <= 64,
                 qPrintable(QString::number(calibrated->iterations)));
        QCOMPARE(calibrated->memoryKiB, 8u * 1024u);
        QCOMPARE(calibrated->parallelism, 2u);
        QCOMPARE(calibrated->salt.size(), KdfParameters::SaltLength);
        auto again = KeyDerivation::calibrate(50ms, 8 * 1024);
        GD_VERIFY(again);
        QVERIFY(again->salt != calibrated->salt);
        // Calibrated parameters survive persistence and derive a key.
        auto reread = KdfParameters::fromJson(calibrated->toJson());
        GD_VERIFY(reread);
        QVERIFY(*reread == *calibrated);
        GD_VERIFY(KeyDerivation::deriveKey(SecureBytes::copyOf("pass"), *reread));
    }

    void calibrateClampsIterations()
    {
        auto tiny = KeyDerivation::calibrate(1ms, 8 * 1024);
        GD_VERIFY(tiny);
        QCOMPARE(tiny->iterations, 2u); // never below the floor, however fast the machine

        auto huge = KeyDerivation::calibrate(60s, 8 * 1024);
        GD_VERIFY(huge);
        QCOMPARE(huge->iterations, 64u); // never above the ceiling
    }

    void calibrateRaisesMemoryToTheMinimum()
    {
        auto calibrated = KeyDerivation::calibrate(10ms, 1024);
        GD_VERIFY(calibrated);
        QCOMPARE(calibrated->memoryKiB, 8u * 1024u);
    }

    void keyCheck()
    {
        const QByteArray check = KeyDerivation::keyCheck(testKey());
        QCOMPARE(check.size(), 32);
        QCOMPARE(KeyDerivation::keyCheck(testKey()), check);
        QVERIFY(KeyDerivation::keyCheck(testKey(0x43)) != check);
        QVERIFY(check != testKey().view().toByteArray()); // not the key itself
        // Computed independently: echo -n "GovDesk profile key check v1" |
        //   openssl dgst -sha256 -mac HMAC -macopt hexkey:4243…6061
        QCOMPARE(check.toHex(), QByteArray("58b413de19bfd91f8ee67c9f535c48489a0383a2c4581432e4057d14441e3a26"));
    }

    void keyCheckOfDerivedKeys()
    {
        const KdfParameters p = KdfParameters::forTests();
        auto right = KeyDerivation::deriveKey(SecureBytes::fromUtf8(QStringLiteral("桂政发〔2014〕12号")), p);
        auto wrong = KeyDerivation::deriveKey(SecureBytes::fromUtf8(QStringLiteral("桂政发〔2014〕21号")), p);
        GD_VERIFY(right);
        GD_VERIFY(wrong);
        QCOMPARE(KeyDerivation::keyCheck(*right).size(), 32);
        QVERIFY(KeyDerivation::keyCheck(*right) != KeyDerivation::keyCheck(*wrong));
    }

    void randomBytes()
    {
        const QByteArray a = KeyDerivation::randomBytes(32);
        const QByteArray b = KeyDerivation::randomBytes(32);
        QCOMPARE(a.size(), 32);
        QCOMPARE(b.size(), 32);
        QVERIFY(a != b);
        QVERIFY(a != QByteArray(32, '\0'));
        QCOMPARE(KeyDerivation::randomBytes(0).size(), 0);
        QCOMPARE(KeyDerivation::randomBytes(7).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "tst_keyderivation.moc"
