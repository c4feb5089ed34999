// Module: what every GovDesk module plugin implements on the core side (no widgets).
#pragma once

#include <QString>
#include <QtPlugin>

namespace GovDesk::Core {

class ModuleContext;

// Bumped when Module or ModuleContext change incompatibly; a plugin's metadata must match.
inline constexpr int ModuleApiVersion = 1;

// The lifecycle follows Qt Creator's IPlugin: initialize() registers what the module provides
// and may fail with a reason; extensionsInitialized() runs once every module is initialised;
// aboutToShutdown() before the profile closes. Slow work (index rebuilds) belongs after the
// window is shown, not in initialize().
class Module
{
public:
    virtual ~Module() = default;

    // Runs the module's migrations (context.migrate), registers search types and to-do items.
    // Returns false with a translated reason in *error; the module is then listed as
    // unavailable and the others keep working.
    virtual bool initialize(ModuleContext &context, QString *error) = 0;
    virtual void extensionsInitialized(ModuleContext &context) { Q_UNUSED(context) }
    // Only for the demo profile: writes realistic, fictional data.
    virtual bool seedDemoData(ModuleContext &context, QString *error)
    {
        Q_UNUSED(context)
        Q_UNUSED(error)
        return true;
    }
    virtual void aboutToShutdown() {}
};

} // namespace GovDesk::Core

#define GovDeskModule_iid "org.govdesk.Module/1"
Q_DECLARE_INTERFACE(GovDesk::Core::Module, GovDeskModule_iid)
