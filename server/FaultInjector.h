// FaultInjector: failures on demand for tests (--test-faults only): the next `count` requests
// under a path fail as 500, 503, a dropped connection, a truncated answer or a stalled one.
#pragma once

#include "ApiTypes.h"

#include <mutex>
#include <optional>

namespace GovDesk::Server {

enum class FaultMode { None, Status500, Status503, Drop, Truncate, Stall };

struct Fault
{
    FaultMode mode = FaultMode::None;
    int retryAfter = 1;        // Status503: seconds in Retry-After
    double stallSeconds = 10;  // Stall: delay before the answer
};

// Safe to call from several threads.
class FaultInjector
{
public:
    // POST /v1/test/faults.
    [[nodiscard]] ApiResult<ApiResponse> configure(const ApiRequest &request);
    // The fault for a request to `path`, counting it down; nullopt when none applies.
    [[nodiscard]] std::optional<Fault> take(const QString &path);

    [[nodiscard]] static std::optional<FaultMode> modeFromName(const QString &name);

private:
    std::mutex m_mutex;
    Fault m_fault;
    int m_remaining = 0;
    QString m_path; // prefix; empty = every path
};

} // namespace GovDesk::Server
