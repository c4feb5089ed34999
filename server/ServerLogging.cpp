#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcSyncd, "govdesk.syncd", QtInfoMsg)
