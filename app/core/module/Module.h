// Module: what every GovDesk module plugin implements on the core side (no widgets).
#pragma once

#include <QString>
#include <QtPlugin>

namespace GovDesk::Core {

class ModuleContext;

// Bumped when Module or ModuleContext change incompatibly; a plugin's metadata must match.
// 2: scoped context (ModuleRecords/ModuleSearch/ModuleTodos), projections, object pool, the UI
// as a plugin of its own.
inline constexpr int ModuleApiVersion = 2;

// The core side of a module: QtCore only, loaded by the shell, govdesk-cli and tests alike. Its
// page lives in a second plugin (Ui::ModuleUi, "<id>-ui"), loaded when the page first opens.
//
// The lifecycle follows Qt Creator's IPlugin: initialize() registers what the module provides
// and may fail with a reason; extensionsInitialized() runs once every module is initialised;
// delayedInitialize() after the window is shown, one module per event-loop turn, for slow work;
// aboutToShutdown() before the modules go. Lock and unlock are signals of the ModuleContext.
// GovDesk catches any exception leaving these calls: it marks the module unavailable (or logs)
// instead of taking the shell down.
class Module
{
public:
    virtual ~Module() = default;

    // Runs the module's migrations (context.migrate), registers search types and to-do items.
    // Returns false with a translated reason in *error; the module is then listed as
    // unavailable and the others keep working.
    virtual bool initialize(ModuleContext &context, QString *error) = 0;
    virtual void extensionsInitialized(ModuleContext &context) { Q_UNUSED(context) }
    // Slow start-up work (index rebuilds, clean-ups). Returns true if it did something, which
    // only spaces out the next module's turn.
    virtual bool delayedInitialize(ModuleContext &context)
    {
        Q_UNUSED(context)
        return false;
    }
    // The label of a payload field of one of the module's collections, translated ("标题" for
    // "title"): the shell's conflict dialog shows these rather than raw JSON keys. Empty = the key.
    [[nodiscard]] virtual QString fieldLabel(const QString &collection, const QString &field) const
    {
        Q_UNUSED(collection)
        Q_UNUSED(field)
        return {};
    }
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
