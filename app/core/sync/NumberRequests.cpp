#include "NumberRequests.h"

#include "store/Database.h"
#include "sync/SyncStorage.h"

#include <QRegularExpression>

namespace GovDesk::Core {

namespace {

const QString Columns
    = QStringLiteral("op_id, collection, record_id, series, year, field, format, number, last_error");

NumberRequest fromRow(const Statement &row)
{
    NumberRequest request{row.text(0), row.text(1), row.text(2),  row.text(3), row.int32(4),
                          row.text(5), row.text(6), std::nullopt, row.text(8)};
    if (!row.isNull(7))
        request.number = row.int64(7);
    return request;
}

} // namespace

QString NumberRequest::formatted() const
{
    QString text = format;
    text.replace(QStringLiteral("{year}"), QString::number(year));
    text.replace(QStringLiteral("{number}"), number ? QString::number(*number) : QString());
    // {number:N}: zero-padded to N digits (a 索引号's 流水号, 0007).
    static const QRegularExpression Padded(QStringLiteral("\\{number:([1-9])\\}"));
    for (auto match = Padded.match(text); match.hasMatch(); match = Padded.match(text)) {
        const int width = match.captured(1).toInt();
        text.replace(match.capturedStart(), match.capturedLength(),
                     number ? QStringLiteral("%1").arg(*number, width, 10, QLatin1Char('0')) : QString());
    }
    return text;
}

Migration NumberRequests::migration(int version)
{
    return {.version = version,
            .description = QStringLiteral("sync_number_requests: numbers records wait for (发文字号)"),
            .sql = QStringLiteral("CREATE TABLE sync_number_requests ("
                                  " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " op_id TEXT NOT NULL UNIQUE,"
                                  " collection TEXT NOT NULL,"
                                  " record_id TEXT NOT NULL,"
                                  " series TEXT NOT NULL,"
                                  " year INTEGER NOT NULL,"
                                  " field TEXT NOT NULL,"
                                  " format TEXT NOT NULL,"
                                  " number INTEGER,"
                                  " last_error TEXT NOT NULL DEFAULT '',"
                                  " UNIQUE (collection, record_id, series, year))")};
}

NumberRequests::NumberRequests(Database &db)
    : m_db(db)
{
}

Result<NumberRequest> NumberRequests::request(NumberRequest request)
{
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT OR IGNORE INTO sync_number_requests (op_id, collection, record_id, series, year, field,"
        " format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, SyncStorage::newOpId())
        .bind(2, request.collection)
        .bind(3, request.recordId)
        .bind(4, request.series)
        .bind(5, request.year)
        .bind(6, request.field)
        .bind(7, request.format);
    GD_TRY(insert->exec());
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT %1 FROM sync_number_requests"
                       " WHERE collection = ?1 AND record_id = ?2 AND series = ?3 AND year = ?4")
            .arg(Columns));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, request.collection)
        .bind(2, request.recordId)
        .bind(3, request.series)
        .bind(4, request.year);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Sql, QStringLiteral("The number request was not stored."));
    return fromRow(*select);
}

Result<QList<NumberRequest>> NumberRequests::pending() const
{
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT %1 FROM sync_number_requests WHERE number IS NULL ORDER BY seq").arg(Columns));
    if (!select)
        return std::unexpected(select.error());
    QList<NumberRequest> requests;
    GD_TRY(select->forEachRow([&](const Statement &row) { requests.append(fromRow(row)); }));
    return requests;
}

Result<std::optional<NumberRequest>> NumberRequests::find(const QString &collection,
                                                          const QString &recordId) const
{
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT %1 FROM sync_number_requests"
                       " WHERE collection = ?1 AND record_id = ?2 ORDER BY seq DESC LIMIT 1")
            .arg(Columns));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, collection).bind(2, recordId);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<NumberRequest>();
    return std::optional<NumberRequest>(fromRow(*select));
}

Result<> NumberRequests::complete(const QString &opId, qint64 number)
{
    auto update = m_db.prepareCached(QStringLiteral(
        "UPDATE OR FAIL sync_number_requests SET number = ?2, last_error = '' WHERE op_id = ?1"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, opId).bind(2, number);
    return update->exec();
}

Result<> NumberRequests::noteFailure(const QString &opId, const QString &error)
{
    auto update = m_db.prepareCached(
        QStringLiteral("UPDATE OR FAIL sync_number_requests SET last_error = ?2 WHERE op_id = ?1"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, opId).bind(2, error);
    return update->exec();
}

} // namespace GovDesk::Core
