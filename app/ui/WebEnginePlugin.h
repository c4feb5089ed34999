// WebEnginePlugin: loads a plugin of app/ui/web (the chart engine, the OFD viewer) on first use, so
// that Qt WebEngine is mapped into the process only then.
#pragma once

#include <QString>

class QObject;

namespace GovDesk::Ui::WebEnginePlugin {

// Where the plugin `fileName` (libgovdesk-web-….so) is looked for: in web/ next to govdesk-ui, in the
// build tree and installed alike.
[[nodiscard]] QString path(const QString &fileName);

// The plugin's root object, loaded once per process; null with the reason in `*error`. Before the
// first load it gives Qt WebEngine the shared OpenGL context it needs (see the .cpp).
[[nodiscard]] QObject *instance(const QString &fileName, QString *error);

} // namespace GovDesk::Ui::WebEnginePlugin
