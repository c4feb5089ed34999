// SealCommands: the administrator's seal commands — `seal issue ORG` (the organisation's SM2 seal
// under the server's seal CA, made once) and `seal list`.
#pragma once

#include "Clock.h"
#include "CommandLine.h"
#include "SyncRepository.h"

#include <QTextStream>

namespace GovDesk::Server {

class SealCommands
{
public:
    SealCommands(SyncRepository &repository, const Clock &clock, QTextStream &out, QTextStream &err);

    [[nodiscard]] static bool handles(const CommandLine &line);
    // Exit codes as AdminCommands.
    [[nodiscard]] int run(const CommandLine &line);

private:
    [[nodiscard]] int issue(const QStringList &words);
    [[nodiscard]] int list();

    SyncRepository &m_repository;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace GovDesk::Server
