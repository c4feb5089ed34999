// The 公文 module's core side on a session, as DocumentsModule::initialize() sets it up: the
// context from documents.json, the lists' table, the collections and the projection. Shared by
// the module's page tests and the integration tests that run it on synced profiles.
#pragma once

#include "DocumentsList.h"
#include "DocumentsRecords.h"
#include "module/ModuleContext.h"
#include "module/ModuleMetadata.h"
#include "module/ObjectPool.h"

#include <QFile>
#include <QJsonDocument>
#include <memory>

namespace GovDesk::Test {

[[nodiscard]] inline Core::Result<std::unique_ptr<Core::ModuleContext>>
openDocumentsModule(Core::Session &session, Core::ObjectPool &pool)
{
    QFile json(QStringLiteral(GOVDESK_DOCUMENTS_JSON));
    if (!json.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("documents.json: %1").arg(json.errorString()));
    auto metadata = Core::ModuleMetadata::fromJson(QJsonDocument::fromJson(json.readAll()).object());
    if (!metadata)
        return std::unexpected(metadata.error());
    auto context = std::make_unique<Core::ModuleContext>(*metadata, session, pool);
    GD_TRY(context->migrate(Documents::DocumentsListTable::migrations()));
    GD_TRY(Documents::DocumentsRecords::declare(*context));
    GD_TRY(context->addProjection(Documents::DocumentsRecords::projection(*context)));
    return context;
}

} // namespace GovDesk::Test
