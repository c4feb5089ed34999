// Transaction: BEGIN on creation, ROLLBACK on destruction unless commit() succeeded.
#pragma once

#include "Result.h"

namespace GovDesk::Core {

class Database;

class Transaction
{
public:
    enum class Mode { Deferred, Immediate };

    [[nodiscard]] static Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<> commit();
    void rollback();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr; // null once finished
};

} // namespace GovDesk::Core
