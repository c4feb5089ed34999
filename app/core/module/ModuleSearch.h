// ModuleSearch: one module's part of the global search — entries stamped with its id.
#pragma once

#include "Result.h"
#include "search/SearchService.h"

#include <QCoreApplication>

namespace GovDesk::Core {

class Session;

// A module indexes only under its own id, so its entries cannot replace another module's and a
// hit always goes back to the module that made it. Types are registered once (initialize()) and
// survive lock and unlock.
class ModuleSearch
{
    Q_DECLARE_TR_FUNCTIONS(ModuleSearch)
public:
    ModuleSearch(QString moduleId, Session &session);

    // `type` is the module's own name for a kind of entry ("incoming"); `label` is translated.
    [[nodiscard]] Result<> registerType(const QString &type, const QString &label);
    // `document.module` is set to this module; a document naming another module is refused.
    [[nodiscard]] Result<> index(SearchDocument document);
    [[nodiscard]] Result<> index(QList<SearchDocument> documents);
    [[nodiscard]] Result<> remove(const QString &recordId);
    // Searches this module's entries only.
    [[nodiscard]] Result<QList<SearchHit>> search(SearchQuery query) const;

private:
    [[nodiscard]] Result<> stamp(SearchDocument &document) const;

    QString m_moduleId;
    Session &m_session;
};

} // namespace GovDesk::Core
