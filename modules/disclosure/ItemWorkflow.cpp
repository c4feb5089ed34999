#include "ItemWorkflow.h"

namespace GovDesk::Disclosure {

namespace {

QString roleName(const QString &role)
{
    if (role == QLatin1String(EditorRole))
        //: Role: 信息公开拟稿人
        return ItemWorkflow::tr("disclosure editor");
    if (role == QLatin1String(SecrecyReviewerRole))
        //: Role: 保密审查员
        return ItemWorkflow::tr("secrecy reviewer");
    if (role == QLatin1String(LeaderRole))
        //: Role: 信息公开审核领导
        return ItemWorkflow::tr("disclosure leader");
    return role;
}

Core::Result<> checkRoles(ItemStatus status, const ItemActor &actor)
{
    const QStringList roles = ItemWorkflow::rolesFor(status);
    if (actor.holdsAnyOf(roles))
        return {};
    QStringList names;
    for (const QString &role : roles)
        names.append(roleName(role));
    //: Refusal: the step needs one of the roles, e.g. 「保密审查」需要以下角色之一：保密审查员
    return Core::fail(Core::ErrorCode::InvalidArgument,
                      ItemWorkflow::tr("「%1」 needs one of these roles: %2")
                          .arg(itemStatusName(status), names.join(QStringLiteral("、"))));
}

Core::Result<> checkStatus(const DisclosureItem &item, ItemStatus expected)
{
    if (item.status == expected)
        return {};
    //: Refusal: the action belongs to another step; %1 is the item's status, %2 the one needed
    return Core::fail(Core::ErrorCode::InvalidArgument,
                      ItemWorkflow::tr("The item is at 「%1」, not at 「%2」.")
                          .arg(itemStatusName(item.status), itemStatusName(expected)));
}

DisclosureItem moved(const DisclosureItem &item, ItemAction action, ItemStatus to, const ItemActor &actor,
                     const QString &opinion, const QDateTime &at)
{
    DisclosureItem next = item;
    next.history.append({.action = action,
                         .from = item.status,
                         .to = to,
                         .by = actor.userId,
                         .byName = actor.name,
                         .at = at.toUTC(),
                         .opinion = opinion.trimmed()});
    next.status = to;
    return next;
}

Core::Result<> checkSecrecy(const DisclosureItem &item, const QDateTime &at)
{
    const QList<SecrecyFinding> findings = ItemWorkflow::secrecyFindings(item, at.toLocalTime().date());
    if (findings.isEmpty())
        return {};
    QStringList places;
    for (const SecrecyFinding &finding : findings)
        places.append(finding.describe());
    //: Refusal of 保密审查; %1 lists the places, one a line
    return Core::fail(
        Core::ErrorCode::InvalidArgument,
        ItemWorkflow::tr("The item may not be published:\n%1").arg(places.join(QLatin1Char('\n'))));
}

void scanInto(QList<SecrecyFinding> &findings, const QString &field, const QString &text, int lineOffset,
              QDate today)
{
    for (const PersonalDataFinding &found : PersonalDataChecker::scan(text, today))
        findings.append({.field = field,
                         .line = found.line + lineOffset,
                         .column = found.column,
                         .masked = found.masked,
                         .what = PersonalDataChecker::kindName(found.kind)});
}

} // namespace

bool ItemActor::holdsAnyOf(const QStringList &required) const
{
    if (required.isEmpty() || unrestricted)
        return true;
    for (const QString &role : required) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

QString SecrecyFinding::describe() const
{
    if (line <= 0)
        //: A 保密审查 finding without a place: 「密级」：机密
        return ItemWorkflow::tr("「%1」: %2 %3").arg(DisclosureItem::fieldLabel(field), what, masked);
    //: A 保密审查 finding: 「正文」第3行第5列：居民身份证号码 110105********1234
    return ItemWorkflow::tr("「%1」 line %2, column %3: %4 %5")
        .arg(DisclosureItem::fieldLabel(field))
        .arg(line)
        .arg(column)
        .arg(what, masked);
}

QStringList ItemWorkflow::rolesFor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Draft:
        return {QString::fromLatin1(EditorRole)};
    case ItemStatus::SecrecyReview:
        return {QString::fromLatin1(SecrecyReviewerRole)};
    case ItemStatus::LeaderReview:
    case ItemStatus::Published:
        return {QString::fromLatin1(LeaderRole)};
    case ItemStatus::Withdrawn:
        break;
    }
    return {};
}

QList<ItemStatus> ItemWorkflow::returnTargets(ItemStatus status)
{
    switch (status) {
    case ItemStatus::SecrecyReview:
        return {ItemStatus::Draft};
    case ItemStatus::LeaderReview:
        return {ItemStatus::Draft, ItemStatus::SecrecyReview};
    default:
        break;
    }
    return {};
}

QList<ItemAction> ItemWorkflow::available(const DisclosureItem &item, const ItemActor &actor)
{
    if (item.status == ItemStatus::Withdrawn || !actor.holdsAnyOf(rolesFor(item.status)))
        return {};
    switch (item.status) {
    case ItemStatus::Draft:
        return {ItemAction::Submit};
    case ItemStatus::SecrecyReview:
        return {ItemAction::Approve, ItemAction::Return};
    case ItemStatus::LeaderReview:
        return {ItemAction::Publish, ItemAction::Return};
    case ItemStatus::Published:
        return {ItemAction::Update, ItemAction::Withdraw};
    case ItemStatus::Withdrawn:
        break;
    }
    return {};
}

QList<SecrecyFinding> ItemWorkflow::secrecyFindings(const DisclosureItem &item, QDate today)
{
    QList<SecrecyFinding> findings;
    if (!item.classification.isEmpty())
        findings.append({.field = QStringLiteral("classification"),
                         .masked = item.classification,
                         //: What 保密审查 found: the item carries a 密级
                         .what = tr("classified")});
    scanInto(findings, QStringLiteral("title"), item.title, 0, today);
    for (qsizetype i = 0; i < item.keywords.size(); ++i)
        scanInto(findings, QStringLiteral("keywords"), item.keywords.at(i), int(i), today);
    scanInto(findings, QStringLiteral("body"), item.body, 0, today);
    return findings;
}

DisclosureItem ItemWorkflow::created(DisclosureItem item, const ItemActor &actor, const QDateTime &at)
{
    item.status = ItemStatus::Draft;
    item.history = {};
    return moved(item, ItemAction::Create, ItemStatus::Draft, actor, {}, at);
}

Core::Result<DisclosureItem> ItemWorkflow::submit(const DisclosureItem &item, const ItemActor &actor,
                                                  const QString &opinion, const QDateTime &at)
{
    GD_TRY(checkStatus(item, ItemStatus::Draft));
    GD_TRY(checkRoles(item.status, actor));
    GD_TRY(item.checkComplete());
    return moved(item, ItemAction::Submit, ItemStatus::SecrecyReview, actor, opinion, at);
}

Core::Result<DisclosureItem> ItemWorkflow::approve(const DisclosureItem &item, const ItemActor &actor,
                                                   const QString &opinion, const QDateTime &at)
{
    GD_TRY(checkStatus(item, ItemStatus::SecrecyReview));
    GD_TRY(checkRoles(item.status, actor));
    GD_TRY(checkSecrecy(item, at));
    return moved(item, ItemAction::Approve, ItemStatus::LeaderReview, actor, opinion, at);
}

Core::Result<DisclosureItem> ItemWorkflow::publish(const DisclosureItem &item, const ItemActor &actor,
                                                   const QString &opinion, const QDateTime &at)
{
    GD_TRY(checkStatus(item, ItemStatus::LeaderReview));
    GD_TRY(checkRoles(item.status, actor));
    GD_TRY(checkSecrecy(item, at));
    GD_TRY(item.checkComplete());
    DisclosureItem next = moved(item, ItemAction::Publish, ItemStatus::Published, actor, opinion, at);
    next.publishedOn = std::max(at.toLocalTime().date(), item.changedOn);
    next.withdrawal.reset();
    return next;
}

Core::Result<DisclosureItem> ItemWorkflow::returnTo(const DisclosureItem &item, ItemStatus target,
                                                    const ItemActor &actor, const QString &reason,
                                                    const QDateTime &at)
{
    if (!returnTargets(item.status).contains(target))
        //: Refusal of a return; %1 is the item's status, %2 the step asked for
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("An item at 「%1」 cannot go back to 「%2」.")
                              .arg(itemStatusName(item.status), itemStatusName(target)));
    GD_TRY(checkRoles(item.status, actor));
    if (reason.trimmed().isEmpty())
        //: Refusal: 退回 needs a reason
        return Core::fail(Core::ErrorCode::InvalidArgument, tr("Say why the item goes back."));
    return moved(item, ItemAction::Return, target, actor, reason, at);
}

Core::Result<DisclosureItem> ItemWorkflow::withdraw(const DisclosureItem &item, const ItemActor &actor,
                                                    const QString &reason, const QDateTime &at)
{
    GD_TRY(checkStatus(item, ItemStatus::Published));
    GD_TRY(checkRoles(item.status, actor));
    if (reason.trimmed().isEmpty())
        //: Refusal: 撤回 needs a reason
        return Core::fail(Core::ErrorCode::InvalidArgument, tr("Say why the item is withdrawn."));
    DisclosureItem next = moved(item, ItemAction::Withdraw, ItemStatus::Withdrawn, actor, reason, at);
    next.withdrawal = ItemWithdrawal{.reason = reason.trimmed(), .on = at.toLocalTime().date()};
    return next;
}

Core::Result<DisclosureItem> ItemWorkflow::update(const DisclosureItem &item, const ItemActor &actor,
                                                  QDate changedOn, const QString &opinion,
                                                  const QDateTime &at)
{
    GD_TRY(checkStatus(item, ItemStatus::Published));
    GD_TRY(checkRoles(item.status, actor));
    if (!changedOn.isValid() || changedOn < item.changedOn)
        //: Refusal of 更新: the new 形成或者变更日期 (%1) is before the old one (%2)
        return std::unexpected(DisclosureItem::refusal(
            QStringLiteral("changedOn"),
            tr("%1 is before the last change (%2)")
                .arg(changedOn.toString(Qt::ISODate), item.changedOn.toString(Qt::ISODate))));
    DisclosureItem next = moved(item, ItemAction::Update, ItemStatus::Draft, actor, opinion, at);
    next.changedOn = changedOn;
    next.publishedOn.reset();
    return next;
}

} // namespace GovDesk::Disclosure
