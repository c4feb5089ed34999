// Tests logSafe(): text from outside can never end a log line or hide what follows it.
#include "LogSafe.h"

#include <QTest>

using GovDesk::Core::logSafe;

class TestLogSafe : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrdinaryTextAsItIs()
    {
        QCOMPARE(logSafe(QStringLiteral("wangfang")), QStringLiteral("wangfang"));
        QCOMPARE(logSafe(QStringLiteral("王芳 on GovDesk 0.1.0 (host-17)")),
                 QStringLiteral("王芳 on GovDesk 0.1.0 (host-17)"));
        QCOMPARE(logSafe(QStringLiteral("😀")), QStringLiteral("😀"));
    }

    void escapesEverythingThatBreaksALine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("logged");
        QTest::newRow("LF") << QStringLiteral("wangfang\n[fake] line")
                            << QStringLiteral("wangfang\\n[fake] line");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\\r\\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("NUL") << QString::fromUtf16(u"a\u0000b", 3) << QStringLiteral("a\\x00b");
        QTest::newRow("ESC") << QStringLiteral("a\x1b[31mred") << QStringLiteral("a\\x1b[31mred");
        QTest::newRow("vertical tab, form feed")
            << QStringLiteral("a\x0b\x0c") << QStringLiteral("a\\x0b\\x0c");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("C1 NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a\\x85b");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
        QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b") << QStringLiteral("a\\u2029b");
        QTest::newRow("right-to-left override") << QStringLiteral("a\u202Eb") << QStringLiteral("a\\u202eb");
        // Escaped too, so "\n" typed by a user cannot pass for an escaped line feed.
        QTest::newRow("backslash") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
    }
    void escapesEverythingThatBreaksALine()
    {
        QFETCH(QString, text);
        QFETCH(QString, logged);
        QCOMPARE(logSafe(text), logged);
        for (const QChar c : logSafe(text))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f && c != QChar::LineSeparator
                    && c != QChar::ParagraphSeparator);
    }

    void readsBytesAsUtf8()
    {
        QCOMPARE(logSafe(QByteArrayView("/v1/sync/pull\r\n[fake]")),
                 QStringLiteral("/v1/sync/pull\\r\\n[fake]"));
        QCOMPARE(logSafe(QByteArrayView("\xe7\x8e\x8b\xe8\x8a\xb3")), QStringLiteral("王芳"));
    }
};

QTEST_GUILESS_MAIN(TestLogSafe)
#include "tst_logsafe.moc"
