// useInterfaceFont and InterfaceWarmer: the interface's Chinese face, laid out without shaping
// where no script needs it, and the warm-up threads that run beside the start.
#include "InterfaceFont.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFontMetricsF>
#include <QLabel>
#include <QTest>

using GovDesk::Ui::InterfaceWarmer;
using GovDesk::Ui::useInterfaceFont;

class TestInterfaceFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useInterfaceFont(); }

    void everyWidgetGetsTheChineseFacesWithoutShaping()
    {
        const QLabel label(QStringLiteral("政务桌面"));
        QVERIFY(label.font().families().contains(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(label.font().styleStrategy() & QFont::PreferNoShaping);
    }

    // The hint changes nothing a reader sees in Chinese text: Han characters and their
    // punctuation are as wide laid out either way (CI installs fonts-noto-cjk).
    void chineseTextIsLaidOutAsWideAsWhenShaped()
    {
        const QFont unshaped = QApplication::font();
        QFont shaped = unshaped;
        shaped.setStyleStrategy(QFont::PreferDefault);
        const QString text = QStringLiteral("关于印发《2026年政务公开工作要点》的通知（〔2026〕3号）");
        QCOMPARE(QFontMetricsF(unshaped).horizontalAdvance(text),
                 QFontMetricsF(shaped).horizontalAdvance(text));
    }

    void theWarmUpMakesTheSessionBusConnection()
    {
        // Looked up by name, a connection is found, never made: nothing has made it yet.
        const QString name = QStringLiteral("qt_default_session_bus");
        QVERIFY(QDBusConnection(name).name().isEmpty());
        {
            const InterfaceWarmer warmer;
        } // joins both threads
        // The warmer made it, connected or not (CI has no session bus), and Qt keeps it: the UI
        // thread's first item view and menu bar find it instead of waiting for it.
        QCOMPARE(QDBusConnection(name).name(), name);
    }
};

QTEST_MAIN(TestInterfaceFont)
#include "tst_interfacefont.moc"
