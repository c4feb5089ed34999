#include "PortalLogging.h"

Q_LOGGING_CATEGORY(lcDisclosurePortal, "govdesk.disclosure.portal", QtWarningMsg)
