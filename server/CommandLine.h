// CommandLine: govdesk-syncd's arguments — global options, a command (serve, org …, user …) and
// its options, in any order.
#pragma once

#include "Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace GovDesk::Server {

class CommandLine
{
public:
    // `arguments` without the program name. Unknown options are errors: a typo in a server's
    // command line must not be ignored.
    [[nodiscard]] static Core::Result<CommandLine> parse(const QStringList &arguments);
    [[nodiscard]] static QString usage();

    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }
    [[nodiscard]] QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    [[nodiscard]] bool flag(const QString &option) const { return m_flags.contains(option); }
    // An integer option within [minimum, maximum]; `fallback` when absent.
    [[nodiscard]] Core::Result<qint64> integer(const QString &option, qint64 fallback, qint64 minimum, qint64 maximum) const;

private:
    QStringList m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace GovDesk::Server
