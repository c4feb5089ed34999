#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcSyncd, "govdesk.syncd", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncdHttp, "govdesk.syncd.http", QtInfoMsg)
