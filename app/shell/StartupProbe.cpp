#include "StartupProbe.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace GovDesk::Shell {

long residentSetKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so read until EOF rather than trusting atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Whether an OpenGL driver is mapped (Mesa's software rasteriser and its LLVM, ~58 MB): it
// should not be at start-up, only once a chart needs Qt WebEngine (Ui::LazyChart).
bool openGlDriverMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mapped = maps.readAll();
    return mapped.contains("_dri.so") || mapped.contains("libGLX_mesa");
}

void reportReadyAndQuit(int availableModules, int unavailableModules)
{
    std::printf("ready rss_kb=%ld modules=%d unavailable=%d gl=%d\n", residentSetKiB(), availableModules,
                unavailableModules, openGlDriverMapped() ? 1 : 0);
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace GovDesk::Shell
