#include "ModuleOffice.h"

#include "module/Module.h"
#include "module/ModuleMetadata.h"
#include "module/ProjectionRunner.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPluginLoader>

namespace GovDesk::Test {

using namespace GovDesk::Core;

namespace {

// Which office each plugin instance is initialised for.
QHash<Module *, ModuleOffice *> &holders()
{
    static QHash<Module *, ModuleOffice *> holders;
    return holders;
}

} // namespace

ModuleOffice::ModuleOffice(std::unique_ptr<SyncedProfile> signedIn)
    : profile(std::move(signedIn))
{
}

ModuleOffice::~ModuleOffice()
{
    if (m_module && holders().value(m_module) == this) {
        m_module->aboutToShutdown();
        holders().remove(m_module);
    }
}

Result<> ModuleOffice::startModule(const QString &metadataPath, const QString &pluginPath)
{
    QFile json(metadataPath);
    if (!json.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(metadataPath), json.errorString());
    auto metadata = ModuleMetadata::fromJson(QJsonDocument::fromJson(json.readAll()).object());
    if (!metadata)
        return std::unexpected(metadata.error());
    QPluginLoader loader(pluginPath);
    auto *module = qobject_cast<Module *>(loader.instance());
    if (!module)
        return fail(ErrorCode::Io, QStringLiteral("cannot load %1").arg(pluginPath), loader.errorString());
    if (ModuleOffice *holder = holders().value(module)) {
        module->aboutToShutdown();
        holder->m_module = nullptr;
    }
    context = std::make_unique<ModuleContext>(*metadata, profile->session(), pool);
    m_module = module;
    holders().insert(module, this);
    QString error;
    if (!module->initialize(*context, &error))
        return fail(ErrorCode::Io, QStringLiteral("%1 did not initialise").arg(metadata->id), error);
    return {};
}

Result<SyncSummary> ModuleOffice::sync()
{
    auto summary = profile->sync();
    if (!summary)
        return summary;
    if (!summary->completed())
        return fail(ErrorCode::Io, QStringLiteral("sync did not complete"), describe(*summary));
    if (summary->blobsDownloaded > 0)
        profile->session().notifyBlobsArrived();
    if (context)
        GD_TRY(context->projections().catchUp());
    return summary;
}

} // namespace GovDesk::Test
