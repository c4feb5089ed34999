#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "govdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "govdesk.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "govdesk.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "govdesk.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "govdesk.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "govdesk.sync", QtWarningMsg)
