// JsonLog: govdesk-syncd's log as JSON lines (`--log-format json`) for a province's log collector
// (journald, Loki, Elasticsearch): one object per line — time (UTC), level, category, message,
// host and pid, which tell the instances behind a balancer apart — plus the fields the line
// carries, e.g. a request's method, path, status, milliseconds and peer. Category rules
// (QT_LOGGING_RULES) apply as to the text log.
#pragma once

#include <QJsonObject>

namespace GovDesk::Server {

// Fields added to the log lines this thread writes while it lives (nested scopes merge, inner
// fields win). The text log ignores them: its lines say the same in words.
class ScopedLogFields
{
public:
    explicit ScopedLogFields(const QJsonObject &fields);
    ~ScopedLogFields();
    ScopedLogFields(const ScopedLogFields &) = delete;
    ScopedLogFields &operator=(const ScopedLogFields &) = delete;

private:
    QJsonObject m_previous;
};

// From now on every log line of the process is a JSON object on standard error.
void installJsonLog();

} // namespace GovDesk::Server
