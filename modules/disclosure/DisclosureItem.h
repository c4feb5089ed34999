// DisclosureItem: one proactively disclosed item (主动公开), the payload of a `disclosure.item`
// record as the contract between the module, the portal and the requests work fixes it
// (briefs: disclosure-records.md) — read with validation, every refusal naming the field.
#pragma once

#include "DisclosureCategories.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace GovDesk::Disclosure {

inline constexpr char ItemCollection[] = "disclosure.item";

// Where an item stands; stored by key ("draft" …). Only Published items are public.
enum class ItemStatus { Draft, SecrecyReview, LeaderReview, Published, Withdrawn };

[[nodiscard]] QString itemStatusKey(ItemStatus status);
[[nodiscard]] std::optional<ItemStatus> itemStatusFromKey(QStringView key);
[[nodiscard]] QString itemStatusName(ItemStatus status); // 拟稿, 保密审查 … (translated)
[[nodiscard]] QList<ItemStatus> allItemStatuses();

// 有效性 of a 规范性文件 (category 01 only); stored as the Chinese word.
enum class ItemValidity { Valid, Expired, Repealed };

[[nodiscard]] QString itemValidityText(ItemValidity validity); // 有效 | 失效 | 废止
[[nodiscard]] std::optional<ItemValidity> itemValidityFromText(QStringView text);

// 密级 that an item may carry; any but "" keeps it from ever being published.
[[nodiscard]] QStringList itemClassifications(); // "", 秘密, 机密, 绝密

enum class ItemAction { Create, Submit, Approve, Return, Publish, Withdraw, Update };

[[nodiscard]] QString itemActionKey(ItemAction action);
[[nodiscard]] std::optional<ItemAction> itemActionFromKey(QStringView key);
[[nodiscard]] QString itemActionName(ItemAction action); // 拟稿, 送审, 通过 … (translated)

struct ItemAttachment
{
    QString sha256;
    QString name;
    qint64 size = 0;
    [[nodiscard]] bool operator==(const ItemAttachment &) const = default;
};

struct ItemHistoryEntry
{
    ItemAction action = ItemAction::Create;
    ItemStatus from = ItemStatus::Draft;
    ItemStatus to = ItemStatus::Draft;
    QString by;     // user id
    QString byName; // 张三
    QDateTime at;   // UTC
    QString opinion;
    [[nodiscard]] bool operator==(const ItemHistoryEntry &) const = default;
};

// Handed over from 公文 (DisclosureIntake).
struct ItemSource
{
    QString collection;
    QString recordId;
    QString documentNumber;
    [[nodiscard]] bool operator==(const ItemSource &) const = default;
};

struct ItemWithdrawal
{
    QString reason;
    QDate on;
    [[nodiscard]] bool operator==(const ItemWithdrawal &) const = default;
};

struct DisclosureItem
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosureItem)
public:
    static constexpr int Schema = 1;

    QString indexNumber; // "" until allocated (待编号)
    DisclosureCategory category = DisclosureCategory::Other;
    QString title;
    QString publisher;
    QDate writtenOn;
    QDate changedOn;
    std::optional<QDate> publishedOn;
    QStringList keywords;
    QString body;
    QList<ItemAttachment> attachments;
    ItemValidity validity = ItemValidity::Valid; // written for category 01 only
    QString classification;
    ItemStatus status = ItemStatus::Draft;
    std::optional<ItemSource> source;
    QList<ItemHistoryEntry> history;
    std::optional<ItemWithdrawal> withdrawal;

    [[nodiscard]] bool hasValidity() const
    {
        return category == DisclosureCategory::RulesAndNormativeDocuments;
    }
    [[nodiscard]] bool isPublic() const { return status == ItemStatus::Published; }

    [[nodiscard]] QJsonObject toPayload() const;
    // Refuses a payload that breaks the contract: wrong types, unknown category, status, action
    // or validity, malformed dates, a published item without publishedOn or with a 密级, a
    // withdrawn one without its withdrawal. The error's detail is the payload key.
    [[nodiscard]] static Core::Result<DisclosureItem> fromPayload(const QJsonObject &payload);
    // What must be filled in before the item leaves the draft: title, publisher, the dates,
    // a body or an attachment.
    [[nodiscard]] Core::Result<> checkComplete() const;

    // The payload key's label for people (索引号 …); empty for an unknown key.
    [[nodiscard]] static QString fieldLabel(const QString &key);
    // An InvalidArgument error naming the field: "标题：不能为空" in zh_CN, detail = key.
    [[nodiscard]] static Core::Error refusal(const QString &key, const QString &reason);

    [[nodiscard]] bool operator==(const DisclosureItem &) const = default;
};

} // namespace GovDesk::Disclosure
