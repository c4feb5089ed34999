#include "Transaction.h"

#include "Logging.h"
#include "store/Database.h"

#include <utility>

namespace GovDesk::Core {

Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    GD_TRY(db.execute(mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("BEGIN DEFERRED")));
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<> Transaction::commit()
{
    GD_CHECK(m_db, return fail(ErrorCode::InvalidArgument, QStringLiteral("transaction already finished")));
    auto committed = m_db->execute(QStringLiteral("COMMIT"));
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
    if (auto result = m_db->execute(QStringLiteral("ROLLBACK")); !result)
        qCDebug(lcStore) << "rollback:" << result.error().detail; // already rolled back by SQLite
    m_db = nullptr;
}

} // namespace GovDesk::Core
