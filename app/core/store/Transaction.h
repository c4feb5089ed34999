// Transaction: BEGIN (or a SAVEPOINT when nested) on creation, rolled back unless committed.
#pragma once

#include "Result.h"

#include <QByteArray>

namespace GovDesk::Core {

class Database;

class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    // Outside a transaction: BEGIN in `mode`. Inside one (a caller's): a SAVEPOINT, so a service
    // such as the audit log or the search index joins the caller's work — committed with it,
    // while its own rollback undoes only what it did.
    [[nodiscard]] static Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<> commit();
    void rollback();
    [[nodiscard]] bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    Transaction(Database *db, QByteArray savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    Database *m_db = nullptr; // null once finished
    QByteArray m_savepoint;   // empty for a top-level transaction
};

} // namespace GovDesk::Core
