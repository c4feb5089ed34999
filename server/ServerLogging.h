// Logging category of govdesk-syncd: info and up by default (a server's log is its audit trail).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncd)
// The HTTPS edge (server/http): refused connections and requests, one line each.
Q_DECLARE_LOGGING_CATEGORY(lcSyncdHttp)
