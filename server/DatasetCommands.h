// DatasetCommands: `dataset load ORG COLLECTION FILE` — publishes a data file (a CSV or JSON
// table such as a year of ST_RIVER_R readings, or forestry indicators) to an organisation. The
// file becomes a blob and a record of COLLECTION names it as an attachment, so clients fetch it
// with their attachments and the module imports it as it imports a local file: the server knows
// nothing of any module's tables.
#pragma once

#include "CommandLine.h"
#include "SyncRepository.h"

#include <QTextStream>

namespace GovDesk::Server {

class BlobBytes;
class Clock;

class DatasetCommands
{
public:
    DatasetCommands(SyncRepository &repository, const Clock &clock, BlobBytes &blobBytes, QTextStream &out,
                    QTextStream &err);

    [[nodiscard]] static bool handles(const CommandLine &line);
    // Exit codes as AdminCommands.
    [[nodiscard]] int run(const CommandLine &line);

private:
    [[nodiscard]] int load(const QStringList &words, const CommandLine &line);
    [[nodiscard]] int failed(const QString &message);

    SyncRepository &m_repository;
    const Clock &m_clock;
    BlobBytes &m_blobBytes;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace GovDesk::Server
