#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "govdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "govdesk.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "govdesk.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "govdesk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "govdesk.audit", QtInfoMsg)
