// ModuleOffice: one office's signed-in profile with one module's core plugin brought up on it as
// ModuleManager does, and synced as the desktop's SyncService does — what module integration
// tests drive.
#pragma once

#include "SyncedProfile.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"

#include <memory>

namespace GovDesk::Core {
class Module;
}

namespace GovDesk::Test {

struct ModuleOffice
{
    explicit ModuleOffice(std::unique_ptr<SyncedProfile> signedIn);
    // Shuts the module down if this office holds it, before the context and profile go.
    ~ModuleOffice();
    ModuleOffice(const ModuleOffice &) = delete;
    ModuleOffice &operator=(const ModuleOffice &) = delete;

    // The plugin's instance is one per process: starting it here shuts it down for the office
    // that held it, as when the desktop switches profiles.
    [[nodiscard]] Core::Result<> startModule(const QString &metadataPath, const QString &pluginPath);
    // One sync run, then what SyncService does once the worker's changes are in: modules hear
    // that blobs arrived, and the projections catch up on this (the UI) thread.
    [[nodiscard]] Core::Result<Core::SyncSummary> sync();

    std::unique_ptr<SyncedProfile> profile;
    Core::ObjectPool pool;
    std::unique_ptr<Core::ModuleContext> context; // null until startModule()

private:
    Core::Module *m_module = nullptr;
};

} // namespace GovDesk::Test
