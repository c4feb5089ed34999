#include "ItemActions.h"

#include "DisclosureRecords.h"
#include "OrganisationCode.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Transaction.h"

namespace GovDesk::Disclosure {

namespace {

QString demoOrganisationCode()
{
    // 柳州市 (450200), a fictional 机关 code with its real check character.
    const QString first17 = QStringLiteral("11450200MB0000000");
    return first17 + OrganisationCode::creditCodeCheck(first17);
}

} // namespace

ItemActor ItemActions::actorOf(const Core::ModuleContext &context)
{
    const Core::SyncAccount account = context.account();
    return {.userId = account.userId,
            .name = account.name,
            .roles = account.roles,
            .unrestricted = !account.isValid() || context.isDemo()};
}

QString ItemActions::organisationCode(const Core::ModuleContext &context)
{
    const QString code
        = context.setting(QString::fromLatin1(OrganisationCodeSetting)).value_or(QVariant()).toString();
    return code.isEmpty() ? demoOrganisationCode() : code;
}

Core::Result<IndexNumberRule> ItemActions::indexRule(const Core::ModuleContext &context)
{
    const QString pattern
        = context.setting(QString::fromLatin1(IndexPatternSetting)).value_or(QVariant()).toString();
    return IndexNumberRule::fromPattern(pattern.isEmpty() ? IndexNumberRule::defaultPattern() : pattern);
}

Core::Result<DisclosureItem> ItemActions::publish(Core::ModuleContext &context, const QString &recordId,
                                                  const DisclosureItem &item, const QString &opinion,
                                                  const QDateTime &at)
{
    auto next = ItemWorkflow::publish(item, actorOf(context), opinion, at);
    if (!next)
        return next;
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    if (next->indexNumber.isEmpty()) {
        auto rule = indexRule(context);
        if (!rule)
            return std::unexpected(rule.error());
        const int year = next->publishedOn->year();
        IndexNumberParts parts{
            .organisation = organisationCode(context), .category = next->category, .year = year};
        if (context.isDemo()) {
            const QString key = QStringLiteral("demoSequence/%1").arg(year);
            parts.sequence = context.setting(key, 0).value_or(0).toInt() + 1;
            GD_TRY(context.setSetting(key, parts.sequence));
            auto number = rule->format(parts);
            if (!number)
                return std::unexpected(number.error());
            next->indexNumber = *number;
        } else {
            auto format = rule->requestFormat(parts);
            if (!format)
                return std::unexpected(format.error());
            Core::NumberRequest request;
            request.collection = QString::fromLatin1(ItemCollection);
            request.recordId = recordId;
            request.series = QString::fromUtf8(Series);
            request.year = year;
            request.field = QStringLiteral("indexNumber");
            request.format = *format;
            auto queued = context.records().requestNumber(request);
            if (!queued)
                return std::unexpected(queued.error());
        }
    }
    GD_TRY(DisclosureRecords::saveItem(context, recordId, *next));
    GD_TRY(transaction->commit());
    return next;
}

Core::Result<> ItemActions::save(Core::ModuleContext &context, const QString &recordId,
                                 const Core::Result<DisclosureItem> &next)
{
    if (!next)
        return std::unexpected(next.error());
    return DisclosureRecords::saveItem(context, recordId, *next);
}

} // namespace GovDesk::Disclosure
