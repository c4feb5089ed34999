// ItemActions: the workflow's steps done on a profile — the actor from the account, the record
// written, and at publication the 索引号 asked of the server's numbered series 「信息公开」 (one per
// organisation and year; the demo, never synced, numbers on its own).
#pragma once

#include "DisclosureItem.h"
#include "IndexNumberRule.h"
#include "ItemWorkflow.h"

#include <QCoreApplication>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

class ItemActions
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::ItemActions)
public:
    static constexpr char Series[] = "信息公开";
    static constexpr char OrganisationCodeSetting[] = "organisationCode";
    static constexpr char IndexPatternSetting[] = "indexPattern";

    // The account as the workflow sees it (every step offered without one and in the demo).
    [[nodiscard]] static ItemActor actorOf(const Core::ModuleContext &context);
    // The module settings, defaults filled in: a fictional valid 统一社会信用代码 and the default pattern.
    [[nodiscard]] static QString organisationCode(const Core::ModuleContext &context);
    [[nodiscard]] static Core::Result<IndexNumberRule> indexRule(const Core::ModuleContext &context);

    // 发布 of an item at 领导审核, written with its 索引号: the one it has, a demo number, or
    // 「待编号」 with the number requested for the next sync.
    [[nodiscard]] static Core::Result<DisclosureItem> publish(Core::ModuleContext &context,
                                                              const QString &recordId,
                                                              const DisclosureItem &item,
                                                              const QString &opinion, const QDateTime &at);
    // Any other step's result written (submit, approve, return, withdraw, update, edits of a draft).
    [[nodiscard]] static Core::Result<> save(Core::ModuleContext &context, const QString &recordId,
                                             const Core::Result<DisclosureItem> &next);
};

} // namespace GovDesk::Disclosure
