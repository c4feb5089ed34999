// NumberRequests: numbers a record waits for from the server's numbered series (POST /v1/numbers),
// such as a 公文's 发文字号 at 登记. Kept in the profile, so a county office registering offline
// gets its numbers at the next sync, whoever runs it (the desktop or govdesk-cli).
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Core {

class Database;

struct NumberRequest
{
    QString opId; // made by request(); the server answers it once, and again the same
    QString collection;
    QString recordId;
    QString series; // 机关代字, e.g. 柳政办发
    int year = 0;
    // Where the number goes: the payload field `field` of the record is set to `format` with
    // "{year}" and "{number}" replaced, e.g. "柳政办发〔{year}〕{number}号"; "{number:N}" pads the
    // number with zeros to N digits (1–9).
    QString field;
    QString format;
    std::optional<qint64> number; // once the server answered
    QString lastError;            // why the last attempt failed (the record not on the server yet …)

    [[nodiscard]] QString formatted() const;
};

class NumberRequests
{
public:
    [[nodiscard]] static Migration migration(int version);

    explicit NumberRequests(Database &db);

    // Queues the request; a record asking again for the same series and year keeps its first
    // request (and its number). Returns the request as stored.
    [[nodiscard]] Result<NumberRequest> request(NumberRequest request);
    // Oldest first, those without a number.
    [[nodiscard]] Result<QList<NumberRequest>> pending() const;
    [[nodiscard]] Result<std::optional<NumberRequest>> find(const QString &collection,
                                                            const QString &recordId) const;
    [[nodiscard]] Result<> complete(const QString &opId, qint64 number);
    [[nodiscard]] Result<> noteFailure(const QString &opId, const QString &error);

private:
    Database &m_db;
};

} // namespace GovDesk::Core
