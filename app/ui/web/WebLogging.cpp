#include "WebLogging.h"

Q_LOGGING_CATEGORY(lcWeb, "govdesk.web", QtWarningMsg)
