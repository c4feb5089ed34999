#include "DocumentsLogging.h"

// Same name as ModuleContext::log() gives the module, so one rule covers both.
Q_LOGGING_CATEGORY(lcDocuments, "govdesk.module.documents", QtWarningMsg)
