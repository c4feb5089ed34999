// Logging categories of govdesk-core: warnings by default, more with QT_LOGGING_RULES="govdesk.*=true".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

// Soft assert in the spirit of Qt Creator's QTC_ASSERT: logs and recovers instead of aborting.
#define GD_CHECK(cond, action)                                                                     \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        qCWarning(lcStore, "GD_CHECK failed: \"%s\" in %s:%d", #cond, __FILE__, __LINE__);         \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)
