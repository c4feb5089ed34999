// SessionBus: libdbus is told there is no session bus only where its autolaunch could not work,
// and then Qt finds none without a child process being started.
#include "SessionBus.h"

#include <QDBusConnection>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using GovDesk::Ui::onlyDoomedAutolaunchLeft;
using GovDesk::Ui::SessionBusLookup;
using GovDesk::Ui::skipDoomedSessionBusAutolaunch;

namespace {
// What the children this process has waited for used: any child that ran adds to it.
long childrenMinorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_minflt;
}
} // namespace

class TestSessionBus : public QObject
{
    Q_OBJECT

private slots:
    void aGivenAddressIsLeftToLibdbus()
    {
        QVERIFY(!onlyDoomedAutolaunchLeft({.address = QStringLiteral("unix:path=/run/user/1000/bus")}));
    }

    void aSystemdSessionBusIsLeftToLibdbus()
    {
        QTemporaryDir runtime;
        QVERIFY(onlyDoomedAutolaunchLeft({.runtimeDirectory = runtime.path()}));
        QFile bus(runtime.filePath(QStringLiteral("bus")));
        QVERIFY(bus.open(QIODevice::WriteOnly));
        QVERIFY(!onlyDoomedAutolaunchLeft({.runtimeDirectory = runtime.path()}));
    }

    void anAutolaunchThatCanWorkIsLeftToLibdbus()
    {
        QVERIFY(onlyDoomedAutolaunchLeft({}));
        QVERIFY(!onlyDoomedAutolaunchLeft({.dbusLaunchInstalled = true}));
    }

    void anAddressInTheEnvironmentIsNotTouched()
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        skipDoomedSessionBusAutolaunch();
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/bus"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }

    // Last: the process keeps the session bus Qt finds (or not) here.
    void withNothingLeftQtFindsNoBusAndNoChildRuns()
    {
        if (QFileInfo(QStringLiteral("/usr/bin/dbus-launch")).isExecutable())
            QSKIP("dbus-launch is installed: autolaunch can work here");
        QTemporaryDir runtime;
        QTemporaryDir emptyPath;
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        qputenv("PATH", QFile::encodeName(emptyPath.path()));
        // libdbus autolaunches only for an X display; it need not answer.
        qputenv("DISPLAY", ":99");

        skipDoomedSessionBusAutolaunch();
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));

        const long before = childrenMinorFaults();
        QVERIFY(!QDBusConnection::sessionBus().isConnected());
        QCOMPARE(childrenMinorFaults(), before);
    }
};

QTEST_GUILESS_MAIN(TestSessionBus)
#include "tst_sessionbus.moc"
