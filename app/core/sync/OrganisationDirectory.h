// OrganisationDirectory: the server's directory of organisations, with each one's 套红 templates,
// kept in the profile so that a clerk can address a 公文, read who received it and lay it out on
// the organisation's red header while offline. Replaced whole at every sync.
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
    // The table, then (a later version) its column of templates.
    [[nodiscard]] static QList<Migration> migrations(int firstVersion);

    // The organisations of govdesk-syncd --demo (server/DemoData.cpp, which takes them from here),
    // for the demo profile, which never syncs: its documents are addressed to them, show their
    // names and are laid out on their templates.
    [[nodiscard]] static QList<OrganisationEntry> demoDirectory();

    explicit OrganisationDirectory(Database &db);

    // The server's answer replaces what was kept (organisations it no longer lists are gone), in
    // one transaction: a reader never sees half a directory.
    [[nodiscard]] Result<> replace(const QList<OrganisationEntry> &organisations);
    // In the server's order (by id); empty before the first sync. A template that no longer reads
    // (written by a newer GovDesk) is left out and logged, the rest kept.
    [[nodiscard]] Result<QList<OrganisationEntry>> organisations() const;

private:
    Database &m_db;
};

} // namespace GovDesk::Core
