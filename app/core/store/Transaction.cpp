#include "Transaction.h"

#include "Logging.h"
#include "store/Database.h"

#include <atomic>
#include <utility>

namespace GovDesk::Core {

Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    if (db.inTransaction()) {
        static std::atomic<quint64> counter{0};
        QByteArray name = "gd_savepoint_" + QByteArray::number(++counter);
        GD_TRY(db.execute(QStringLiteral("SAVEPOINT ") + QString::fromLatin1(name)));
        return Transaction(&db, std::move(name));
    }
    GD_TRY(db.execute(mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("BEGIN DEFERRED")));
    return Transaction(&db, {});
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<> Transaction::commit()
{
    GD_CHECK(m_db, return fail(ErrorCode::InvalidArgument, QStringLiteral("transaction already finished")));
    // COMMIT itself counts as read-only for SQLite; what it would make durable was written
    // before the damage was found, next to a page that no longer reads back.
    if (m_db->isDamaged()) {
        Error refused = m_db->damage()->refusal(QStringLiteral("commit"));
        rollback();
        return std::unexpected(std::move(refused));
    }
    auto committed = m_db->execute(isNested() ? QStringLiteral("RELEASE ") + QString::fromLatin1(m_savepoint)
                                              : QStringLiteral("COMMIT"));
    if (!committed) {
        rollback(); // e.g. SQLITE_FULL at commit: leave the database as it was
        return committed;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    const QString name = QString::fromLatin1(m_savepoint);
    auto result = m_db->execute(isNested() ? QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(name)
                                           : QStringLiteral("ROLLBACK"));
    if (!result)
        qCDebug(lcStore) << "rollback:" << result.error().detail; // SQLite had rolled back already
    m_db = nullptr;
}

} // namespace GovDesk::Core
