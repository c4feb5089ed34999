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

void reportReadyAndQuit(int availableModules, int unavailableModules)
{
    std::printf("ready rss_kb=%ld modules=%d unavailable=%d\n", residentSetKiB(), availableModules,
                unavailableModules);
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace GovDesk::Shell
