// CourtsSearch: every court of the directory in the global search — 「秀英」 or 「琼0105」 finds
// 海口市秀英区人民法院, and the hit opens its drill-down. Kept in step with the directory dataset:
// indexed again when one is applied or removed, courts no longer in it leave the search.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <optional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Courts {

class CourtsSearch
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtsSearch)
public:
    static constexpr char CourtType[] = "court";

    [[nodiscard]] static Core::Result<> registerTypes(Core::ModuleContext &context);
    // The directory's courts as entries (name; 代字, level and the court above as the body).
    [[nodiscard]] static Core::Result<> refresh(Core::ModuleContext &context);

    // "court:琼0105" ↔ 琼0105: the hit's record id, told apart from the datasets' record ids.
    [[nodiscard]] static QString recordIdOf(const QString &courtCode);
    [[nodiscard]] static std::optional<QString> courtOf(const QString &recordId);
};

} // namespace GovDesk::Courts
