// OrganisationDirectory: the server's directory of organisations, kept in the profile so that a
// clerk can address a 公文 and read who received it while offline. Replaced whole at every sync.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"
#include "sync/SyncTypes.h"

#include <QList>
#include <QString>

namespace GovDesk::Core {

class Database;

class OrganisationDirectory
{
public:
    [[nodiscard]] static Migration migration(int version);

    // The organisations of govdesk-syncd --demo (server/DemoData.cpp), for the demo profile, which
    // never syncs: its documents are addressed to them and should show their names.
    [[nodiscard]] static QList<OrganisationEntry> demoDirectory();

    explicit OrganisationDirectory(Database &db);

    // The server's answer replaces what was kept (organisations it no longer lists are gone), in
    // one transaction: a reader never sees half a directory.
    [[nodiscard]] Result<> replace(const QList<OrganisationEntry> &organisations);
    // In the server's order (by id); empty before the first sync.
    [[nodiscard]] Result<QList<OrganisationEntry>> organisations() const;

private:
    Database &m_db;
};

} // namespace GovDesk::Core
