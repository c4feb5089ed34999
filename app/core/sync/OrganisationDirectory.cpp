#include "OrganisationDirectory.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace GovDesk::Core {

Migration OrganisationDirectory::migration(int version)
{
    return {.version = version,
            .description = QStringLiteral("sync_organisations: the server's directory of organisations"),
            .sql = QStringLiteral("CREATE TABLE sync_organisations ("
                                  " position INTEGER NOT NULL,"
                                  " id TEXT NOT NULL PRIMARY KEY,"
                                  " name TEXT NOT NULL)")};
}

QList<OrganisationEntry> OrganisationDirectory::demoDirectory()
{
    return {{QStringLiteral("gx-lz-court"), QStringLiteral("柳州市中级人民法院")},
            {QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")},
            {QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("gx-lz-luzhai"), QStringLiteral("鹿寨县人民政府")},
            {QStringLiteral("gx-lz-water"), QStringLiteral("柳州市水利局")}};
}

OrganisationDirectory::OrganisationDirectory(Database &db)
    : m_db(db)
{
}

Result<> OrganisationDirectory::replace(const QList<OrganisationEntry> &organisations)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(m_db.execute(QStringLiteral("DELETE FROM sync_organisations")));
    auto insert = m_db.prepareCached(
        QStringLiteral("INSERT OR REPLACE INTO sync_organisations (position, id, name) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        insert->bind(1, qint64(i)).bind(2, organisations.at(i).id).bind(3, organisations.at(i).name);
        GD_TRY(insert->exec());
        insert->reset();
    }
    return transaction->commit();
}

Result<QList<OrganisationEntry>> OrganisationDirectory::organisations() const
{
    auto select
        = m_db.prepareCached(QStringLiteral("SELECT id, name FROM sync_organisations ORDER BY position"));
    if (!select)
        return std::unexpected(select.error());
    QList<OrganisationEntry> organisations;
    GD_TRY(select->forEachRow([&](const Statement &row) {
        organisations.append({row.text(0), row.text(1)});
    }));
    return organisations;
}

} // namespace GovDesk::Core
