// ResidentSet: this process's resident set size, for the start-up probe and its baseline program.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

namespace GovDesk::Shell {

// In KiB, from /proc/self/status; 0 when unknown. Header-only so that startup_bench's bare window
// reports the same way without linking anything of GovDesk.
inline long residentSetKiB()
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

} // namespace GovDesk::Shell
