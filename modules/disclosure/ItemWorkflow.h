// ItemWorkflow: the review of a 主动公开 item — 拟稿 → 保密审查 → 领导审核 → 发布, returns to an
// earlier step with a reason, and after publication 撤回 or 更新 (back to the draft with a new
// 形成或者变更日期). Pure: it says what may happen and returns the new item; the caller writes it.
#pragma once

#include "DisclosureItem.h"
#include "PersonalDataChecker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace GovDesk::Disclosure {

// Role ids as the sync server's accounts carry them (disclosure-records.md).
inline constexpr char EditorRole[] = "disclosure_editor";         // 拟稿
inline constexpr char SecrecyReviewerRole[] = "secrecy_reviewer"; // 保密审查
inline constexpr char LeaderRole[] = "disclosure_leader";         // 领导审核, 发布

// The person acting. `unrestricted` mirrors ModuleContext::rolesAllow(): without an account and
// in the demo every step is offered (the server still enforces its rules).
struct ItemActor
{
    QString userId;
    QString name;
    QStringList roles;
    bool unrestricted = false;

    [[nodiscard]] bool holdsAnyOf(const QStringList &required) const;
};

// A place 保密审查 refuses: personal data in a field (line and column in it, the value masked) or
// the item's 密级 (field "classification", line and column 0).
struct SecrecyFinding
{
    QString field; // payload key: title, body, keywords, classification
    int line = 0;
    int column = 0;
    QString masked; // 110105********1234, or the 密级
    QString what;   // 居民身份证号码, 手机号码, 密级 (translated)

    [[nodiscard]] QString describe() const; // 「正文」第3行第5列：居民身份证号码 110105********1234
    [[nodiscard]] bool operator==(const SecrecyFinding &) const = default;
};

class ItemWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::ItemWorkflow)
public:
    // Roles that may act on an item in `status` (submit a draft, review, publish, withdraw …).
    [[nodiscard]] static QStringList rolesFor(ItemStatus status);
    // What `actor` may do now, for the UI to offer.
    [[nodiscard]] static QList<ItemAction> available(const DisclosureItem &item, const ItemActor &actor);
    // The steps a return from `status` may go back to.
    [[nodiscard]] static QList<ItemStatus> returnTargets(ItemStatus status);

    // Why the item may not be published: its 密级, and personal data in title, keywords and body
    // (keywords count as one line each). `today` bounds the birth dates of ID numbers.
    [[nodiscard]] static QList<SecrecyFinding> secrecyFindings(const DisclosureItem &item, QDate today);

    // A new draft: the history's first line.
    [[nodiscard]] static DisclosureItem created(DisclosureItem item, const ItemActor &actor,
                                                const QDateTime &at);
    // 拟稿 → 保密审查: the item must be complete (DisclosureItem::checkComplete).
    [[nodiscard]] static Core::Result<DisclosureItem>
    submit(const DisclosureItem &item, const ItemActor &actor, const QString &opinion, const QDateTime &at);
    // 保密审查 → 领导审核: refused while secrecyFindings() finds anything; the message lists them.
    [[nodiscard]] static Core::Result<DisclosureItem>
    approve(const DisclosureItem &item, const ItemActor &actor, const QString &opinion, const QDateTime &at);
    // 领导审核 → 发布: sets publishedOn (the day of `at`, local time); the 索引号 is allocated by
    // the caller (ItemActions). Checks the secrecy again: nothing classified is ever published.
    [[nodiscard]] static Core::Result<DisclosureItem>
    publish(const DisclosureItem &item, const ItemActor &actor, const QString &opinion, const QDateTime &at);
    // Back to an earlier step (returnTargets) with a reason, by whoever may act on the current one.
    [[nodiscard]] static Core::Result<DisclosureItem> returnTo(const DisclosureItem &item, ItemStatus target,
                                                               const ItemActor &actor, const QString &reason,
                                                               const QDateTime &at);
    // 撤回 of a published item: never public again.
    [[nodiscard]] static Core::Result<DisclosureItem>
    withdraw(const DisclosureItem &item, const ItemActor &actor, const QString &reason, const QDateTime &at);
    // 更新 of a published item: back to the draft, off the portal, with a new 形成或者变更日期 (not
    // before the old one), which restarts the 20 working days; the 索引号 stays.
    [[nodiscard]] static Core::Result<DisclosureItem> update(const DisclosureItem &item,
                                                             const ItemActor &actor, QDate changedOn,
                                                             const QString &opinion, const QDateTime &at);
};

} // namespace GovDesk::Disclosure
