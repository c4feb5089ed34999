#include "OrganisationDirectory.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "LogSafe.h"
#include "Logging.h"

#include <QJsonDocument>

namespace GovDesk::Core {

QList<Migration> OrganisationDirectory::migrations(int firstVersion)
{
    return {{.version = firstVersion,
             .description = QStringLiteral("sync_organisations: the server's directory of organisations"),
             .sql = QStringLiteral("CREATE TABLE sync_organisations ("
                                   " position INTEGER NOT NULL,"
                                   " id TEXT NOT NULL PRIMARY KEY,"
                                   " name TEXT NOT NULL)")},
            {.version = firstVersion + 1,
             .description = QStringLiteral("sync_organisations: each organisation's 套红 templates"),
             .sql = QStringLiteral("ALTER TABLE sync_organisations ADD COLUMN red_headers TEXT NOT NULL DEFAULT '[]'")}};
}

namespace {

using Format = DocumentFormat;

// An organisation of the demo with the standard's templates: 文件, 信函 and 纪要 always, 命令
// for a people's government (an office or a bureau issues no 令).
OrganisationEntry demoOrganisation(const QString &id, const QString &name, const QString &fileMark,
                                   const QString &minutesMark, const QString &orderMark = {})
{
    OrganisationEntry entry{id, name, {}};
    entry.redHeaders.append(RedHeaderTemplate::standard(Format::File, fileMark));
    entry.redHeaders.append(RedHeaderTemplate::standard(Format::Letter, name));
    if (!orderMark.isEmpty())
        entry.redHeaders.append(RedHeaderTemplate::standard(Format::Order, orderMark));
    entry.redHeaders.append(RedHeaderTemplate::standard(Format::Minutes, minutesMark));
    return entry;
}

} // namespace

QList<OrganisationEntry> OrganisationDirectory::demoDirectory()
{
    OrganisationEntry office = demoOrganisation(QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室"),
                                                QStringLiteral("柳州市人民政府办公室文件"),
                                                QStringLiteral("柳州市人民政府常务会议纪要"));
    // A template of one type: the office's 通报 carry a mark of their own.
    RedHeaderTemplate bulletin
        = RedHeaderTemplate::standard(Format::File, QStringLiteral("柳州市人民政府办公室通报"));
    bulletin.documentTypes = {QStringLiteral("通报")};
    office.redHeaders.append(bulletin);
    return {demoOrganisation(QStringLiteral("gx-lz-court"), QStringLiteral("柳州市中级人民法院"),
                             QStringLiteral("柳州市中级人民法院文件"), QStringLiteral("柳州市中级人民法院审判委员会纪要")),
            demoOrganisation(QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局"),
                             QStringLiteral("柳州市林业和园林局文件"), QStringLiteral("柳州市林业和园林局局务会议纪要")),
            office,
            demoOrganisation(QStringLiteral("gx-lz-luzhai"), QStringLiteral("鹿寨县人民政府"),
                             QStringLiteral("鹿寨县人民政府文件"), QStringLiteral("鹿寨县人民政府常务会议纪要"),
                             QStringLiteral("鹿寨县人民政府令")),
            demoOrganisation(QStringLiteral("gx-lz-water"), QStringLiteral("柳州市水利局"),
                             QStringLiteral("柳州市水利局文件"), QStringLiteral("柳州市水利局局务会议纪要"))};
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
        QStringLiteral("INSERT OR REPLACE INTO sync_organisations (position, id, name, red_headers)"
                       " VALUES (?1, ?2, ?3, ?4)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const QString templates = QString::fromUtf8(
            QJsonDocument(RedHeaderTemplates::toJson(organisations.at(i).redHeaders)).toJson(QJsonDocument::Compact));
        insert->bind(1, qint64(i)).bind(2, organisations.at(i).id).bind(3, organisations.at(i).name).bind(4, templates);
        GD_TRY(insert->exec());
        insert->reset();
    }
    return transaction->commit();
}

Result<QList<OrganisationEntry>> OrganisationDirectory::organisations() const
{
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT id, name, red_headers FROM sync_organisations ORDER BY position"));
    if (!select)
        return std::unexpected(select.error());
    QList<OrganisationEntry> organisations;
    GD_TRY(select->forEachRow([&](const Statement &row) {
        OrganisationEntry entry{row.text(0), row.text(1), {}};
        QStringList skipped;
        const QJsonArray stored = QJsonDocument::fromJson(row.text(2).toUtf8()).array();
        entry.redHeaders = RedHeaderTemplates::fromJson(stored, RedHeaderTemplate::Reading::Lenient, &skipped)
                               .value_or(QList<RedHeaderTemplate>{});
        for (const QString &problem : std::as_const(skipped))
            qCWarning(lcSync).noquote() << "template of" << logSafe(entry.id) << "left out:" << logSafe(problem);
        organisations.append(std::move(entry));
    }));
    return organisations;
}

} // namespace GovDesk::Core
