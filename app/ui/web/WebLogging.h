// Logging category of govdesk-web: warnings by default, more with QT_LOGGING_RULES="govdesk.web*=true".
#pragma once

#include <QLoggingCategory>

// The WebEngine host: blocked requests and navigations, page console messages.
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
