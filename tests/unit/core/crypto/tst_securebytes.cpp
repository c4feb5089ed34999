// Tests SecureBytes: UTF-8 encoding of passphrases, hex, copies, comparison, moves and wiping.
#include "TestProfile.h"
#include "crypto/SecureBytes.h"

#include <QTest>

#include <utility>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

QByteArray bytesOf(const SecureBytes &secure)
{
    return secure.view().toByteArray();
}

bool allZero(const SecureBytes &secure)
{
    for (std::size_t i = 0; i < secure.size(); ++i) {
        if (secure.data()[i] != 0)
            return false;
    }
    return true;
}

} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsEmpty()
    {
        const SecureBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), std::size_t(0));
        QCOMPARE(empty.data(), nullptr);
        QVERIFY(empty.view().isEmpty());
    }

    void sizedBufferIsZeroed()
    {
        const SecureBytes buffer(64);
        QCOMPARE(buffer.size(), std::size_t(64));
        QVERIFY(!buffer.isEmpty());
        QVERIFY(buffer.data() != nullptr);
        QVERIFY(allZero(buffer));
    }

    void fromUtf8MatchesQString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple 42!");
        QTest::newRow("document number") << QStringLiteral("桂政发〔2014〕12号");
        QTest::newRow("title") << QStringLiteral("关于做好2014年森林防火工作的通知");
        QTest::newRow("two-byte") << QStringLiteral("Ωmega café ß");
        QTest::newRow("emoji (surrogate pairs)") << QStringLiteral("🔥森林防火🌲口令👮");
        QTest::newRow("cjk extension b (surrogate pair)") << QStringLiteral("𠀀𪚥");
        QTest::newRow("boundaries") << QString::fromUcs4(U"\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff");
        QTest::newRow("embedded nul") << QString::fromUtf16(u"a\0b", 3);
    }

    void fromUtf8MatchesQString()
    {
        QFETCH(QString, text);
        const SecureBytes utf8 = SecureBytes::fromUtf8(text);
        QCOMPARE(bytesOf(utf8), text.toUtf8());
        QCOMPARE(utf8.size(), std::size_t(text.toUtf8().size()));
    }

    // A passphrase pasted from a broken source may hold an unpaired surrogate. The bytes must
    // still be exactly what QString::toUtf8 gives (Qt 6.4 writes '?'), and the characters
    // around the surrogate must survive: they are part of the user's secret.
    void fromUtf8LoneSurrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("mustContain");
        QTest::newRow("high at end") << QString::fromUtf16(u"森林\xD800", 3) << QByteArray("\xE6\xA3\xAE\xE6\x9E\x97");
        QTest::newRow("low alone") << QString::fromUtf16(u"A\xDC00" u"B", 3) << QByteArray("B");
        QTest::newRow("high before ascii") << QString::fromUtf16(u"\xD800" u"A", 2) << QByteArray("A");
        QTest::newRow("high before cjk") << QString::fromUtf16(u"\xD83D森", 2) << QByteArray("\xE6\xA3\xAE");
        QTest::newRow("reversed pair") << QString::fromUtf16(u"\xDE00\xD83D" u"x", 3) << QByteArray("x");
    }

    void fromUtf8LoneSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, mustContain);
        const SecureBytes utf8 = SecureBytes::fromUtf8(text); // must not crash or overrun
        const QByteArray bytes = bytesOf(utf8);
        QCOMPARE(bytesOf(SecureBytes::fromUtf8(text)), bytes); // deterministic

        // Bug: fromUtf8 combines a high surrogate with whatever unit follows, swallowing it.
        QVERIFY2(bytes.contains(mustContain), bytes.toHex(' ').constData());
        // Bug: the sizing pass and the writing pass disagree, leaving a trailing zero byte.
        QVERIFY2(!bytes.contains('\0'), bytes.toHex(' ').constData());
        QCOMPARE(bytes, text.toUtf8());
    }

    void toHex_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("all nibbles") << QByteArray::fromHex("00010a0f10abcdeff0ff") << QByteArray("00010a0f10abcdeff0ff");
        QTest::newRow("utf-8") << QStringLiteral("桂").toUtf8() << QByteArray("e6a182");
    }

    void toHex()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, hex);
        const SecureBytes secure = SecureBytes::copyOf(raw);
        const SecureBytes encoded = secure.toHex();
        QCOMPARE(bytesOf(encoded), hex);
        QCOMPARE(bytesOf(encoded), raw.toHex()); // lower case, as SQLCipher's raw key expects
        QCOMPARE(encoded.size(), 2 * secure.size());
    }

    void toHexOfKeyIs64LowerCaseDigits()
    {
        const SecureBytes hex = testKey().toHex();
        QCOMPARE(hex.size(), std::size_t(64));
        QCOMPARE(bytesOf(hex), QByteArray("42434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f6061"));
    }

    void copyOfKeepsZeroBytes()
    {
        const QByteArray raw("\x00\x01\x00\xff\x00", 5);
        const SecureBytes copy = SecureBytes::copyOf(raw);
        QCOMPARE(copy.size(), std::size_t(5));
        QCOMPARE(bytesOf(copy), raw);
        QCOMPARE(QByteArray(copy.constChar(), 5), raw);
    }

    void copyOfIsIndependentOfSource()
    {
        QByteArray raw("桂政发〔2014〕12号");
        const SecureBytes copy = SecureBytes::copyOf(raw);
        raw.fill('x');
        QCOMPARE(bytesOf(copy), QByteArray("桂政发〔2014〕12号"));
        QVERIFY(copy.constChar() != raw.constData());
    }

    void copyOfEmpty()
    {
        QVERIFY(SecureBytes::copyOf(QByteArray()).isEmpty());
        QVERIFY(SecureBytes::copyOf(QByteArray("")).isEmpty());
    }

    void cloneIsEqualAndIndependent()
    {
        SecureBytes original = SecureBytes::fromUtf8(QStringLiteral("关于做好2014年森林防火工作的通知"));
        SecureBytes copy = original.clone();
        QVERIFY(copy.constantTimeEquals(original));
        QCOMPARE(bytesOf(copy), bytesOf(original));
        QVERIFY(copy.data() != original.data());

        copy.data()[0] ^= 0xFF;
        QVERIFY(!copy.constantTimeEquals(original));
        QCOMPARE(bytesOf(original), QStringLiteral("关于做好2014年森林防火工作的通知").toUtf8());

        original.wipe();
        QVERIFY(allZero(original));
        QVERIFY(!allZero(copy));
    }

    void cloneOfEmpty()
    {
        const SecureBytes empty;
        const SecureBytes copy = empty.clone();
        QVERIFY(copy.isEmpty());
        QVERIFY(copy.constantTimeEquals(empty));
    }

    void constantTimeEquals()
    {
        const SecureBytes a = testKey(0x10);
        QVERIFY(a.constantTimeEquals(a));
        QVERIFY(a.constantTimeEquals(testKey(0x10)));
        QVERIFY(!a.constantTimeEquals(testKey(0x11)));

        SecureBytes lastByteDiffers = testKey(0x10);
        lastByteDiffers.data()[31] ^= 0x01;
        QVERIFY(!a.constantTimeEquals(lastByteDiffers));

        // A prefix is not equal, in either direction.
        const SecureBytes prefix = SecureBytes::copyOf(a.view().first(31));
        QVERIFY(!a.constantTimeEquals(prefix));
        QVERIFY(!prefix.constantTimeEquals(a));

        QVERIFY(SecureBytes().constantTimeEquals(SecureBytes()));
        QVERIFY(!SecureBytes().constantTimeEquals(a));
        QVERIFY(!a.constantTimeEquals(SecureBytes()));
    }

    void moveConstructionLeavesSourceEmpty()
    {
        SecureBytes source = SecureBytes::fromUtf8(QStringLiteral("桂政发〔2014〕12号"));
        const unsigned char *buffer = source.data();
        SecureBytes target(std::move(source));
        QCOMPARE(target.data(), buffer); // no copy of the secret was made
        QCOMPARE(bytesOf(target), QStringLiteral("桂政发〔2014〕12号").toUtf8());
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(source.size(), std::size_t(0));
        QCOMPARE(source.data(), nullptr);
        QVERIFY(source.toHex().isEmpty());
        source.wipe(); // harmless on an empty buffer
    }

    void moveAssignmentLeavesSourceEmpty()
    {
        SecureBytes source = testKey(0x01);
        SecureBytes target = testKey(0x80);
        target = std::move(source);
        QVERIFY(target.constantTimeEquals(testKey(0x01)));
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(source.data(), nullptr);

        // The moved-from object is reusable.
        source = testKey(0x02);
        QVERIFY(source.constantTimeEquals(testKey(0x02)));
    }

    void selfMoveAssignmentKeepsContent()
    {
        SecureBytes key = testKey();
        SecureBytes &alias = key;
        key = std::move(alias);
        QVERIFY(key.constantTimeEquals(testKey()));
    }

    void wipeZeroesButKeepsSize()
    {
        SecureBytes key = SecureBytes::fromUtf8(QStringLiteral("森林防火 passphrase"));
        const std::size_t size = key.size();
        QVERIFY(!allZero(key));
        key.wipe();
        QCOMPARE(key.size(), size);
        QVERIFY(key.data() != nullptr);
        QVERIFY(allZero(key));
        QVERIFY(key.constantTimeEquals(SecureBytes(size)));
    }

    void viewCoversTheBuffer()
    {
        const SecureBytes key = testKey();
        QCOMPARE(key.view().size(), qsizetype(32));
        QCOMPARE(static_cast<const void *>(key.view().data()), static_cast<const void *>(key.data()));
        QCOMPARE(static_cast<const void *>(key.constChar()), static_cast<const void *>(key.data()));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
