#include "DisclosureItem.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <array>
#include <utility>

namespace GovDesk::Disclosure {

namespace {

constexpr std::array<std::pair<ItemStatus, const char *>, 5> StatusKeys{{
    {ItemStatus::Draft, "draft"},
    {ItemStatus::SecrecyReview, "secrecy_review"},
    {ItemStatus::LeaderReview, "leader_review"},
    {ItemStatus::Published, "published"},
    {ItemStatus::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<ItemAction, const char *>, 7> ActionKeys{{
    {ItemAction::Create, "create"},
    {ItemAction::Submit, "submit"},
    {ItemAction::Approve, "approve"},
    {ItemAction::Return, "return"},
    {ItemAction::Publish, "publish"},
    {ItemAction::Withdraw, "withdraw"},
    {ItemAction::Update, "update"},
}};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Reads an optional text field; a present field of another type is refused.
Core::Result<QString> textField(const QJsonObject &payload, const char *name, bool required = false)
{
    const QJsonValue value = payload.value(key(name));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            //: Refusal of a record field: it is missing
            return std::unexpected(DisclosureItem::refusal(key(name), DisclosureItem::tr("missing")));
        return QString();
    }
    if (!value.isString())
        //: Refusal of a record field: it is not text
        return std::unexpected(DisclosureItem::refusal(key(name), DisclosureItem::tr("not text")));
    return value.toString();
}

Core::Result<std::optional<QDate>> dateField(const QJsonObject &payload, const char *name)
{
    auto text = textField(payload, name);
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return std::optional<QDate>();
    static const QRegularExpression Iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || !Iso.match(*text).hasMatch())
        //: Refusal of a date field; %1 is the value, e.g. 2026-13-01
        return std::unexpected(DisclosureItem::refusal(
            key(name), DisclosureItem::tr("%1 is not a date (yyyy-MM-dd)").arg(*text)));
    return std::optional<QDate>(date);
}

Core::Result<QList<ItemAttachment>> readAttachments(const QJsonValue &value)
{
    QList<ItemAttachment> attachments;
    if (value.isUndefined() || value.isNull())
        return attachments;
    if (!value.isArray())
        return std::unexpected(DisclosureItem::refusal(key("attachments"), DisclosureItem::tr("not a list")));
    static const QRegularExpression Hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        ItemAttachment attachment{.sha256 = object.value(key("sha256")).toString(),
                                  .name = object.value(key("name")).toString(),
                                  .size = object.value(key("size")).toInteger(-1)};
        if (!Hex.match(attachment.sha256).hasMatch() || attachment.name.trimmed().isEmpty()
            || attachment.size < 0)
            //: Refusal of an attachment entry; %1 is the file name
            return std::unexpected(DisclosureItem::refusal(
                key("attachments"),
                DisclosureItem::tr("「%1」 needs a SHA-256, a name and a size").arg(attachment.name)));
        attachments.append(attachment);
    }
    return attachments;
}

Core::Result<QList<ItemHistoryEntry>> readHistory(const QJsonValue &value)
{
    QList<ItemHistoryEntry> history;
    if (value.isUndefined() || value.isNull())
        return history;
    if (!value.isArray())
        return std::unexpected(DisclosureItem::refusal(key("history"), DisclosureItem::tr("not a list")));
    for (const QJsonValue &line : value.toArray()) {
        const QJsonObject object = line.toObject();
        const auto action = itemActionFromKey(object.value(key("action")).toString());
        const auto from = itemStatusFromKey(object.value(key("from")).toString());
        const auto to = itemStatusFromKey(object.value(key("to")).toString());
        const QDateTime at = QDateTime::fromString(object.value(key("at")).toString(), Qt::ISODateWithMs);
        if (!action || !from || !to || !at.isValid())
            //: Refusal of a history line without a known action, statuses or time
            return std::unexpected(DisclosureItem::refusal(
                key("history"), DisclosureItem::tr("a line lacks its action, statuses or time")));
        history.append({.action = *action,
                        .from = *from,
                        .to = *to,
                        .by = object.value(key("by")).toString(),
                        .byName = object.value(key("byName")).toString(),
                        .at = at.toUTC(),
                        .opinion = object.value(key("opinion")).toString()});
    }
    return history;
}

} // namespace

QString itemStatusKey(ItemStatus status)
{
    for (const auto &[value, text] : StatusKeys) {
        if (value == status)
            return key(text);
    }
    return key("draft");
}

std::optional<ItemStatus> itemStatusFromKey(QStringView text)
{
    for (const auto &[value, name] : StatusKeys) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString itemStatusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Draft:
        //: 主动公开 item status: 拟稿
        return DisclosureItem::tr("Draft");
    case ItemStatus::SecrecyReview:
        //: 主动公开 item status: 保密审查
        return DisclosureItem::tr("Secrecy review");
    case ItemStatus::LeaderReview:
        //: 主动公开 item status: 领导审核
        return DisclosureItem::tr("Leader review");
    case ItemStatus::Published:
        //: 主动公开 item status: 已发布
        return DisclosureItem::tr("Published");
    case ItemStatus::Withdrawn:
        //: 主动公开 item status: 已撤回
        return DisclosureItem::tr("Withdrawn");
    }
    return {};
}

QList<ItemStatus> allItemStatuses()
{
    QList<ItemStatus> all;
    for (const auto &[value, text] : StatusKeys)
        all.append(value);
    return all;
}

QString itemValidityText(ItemValidity validity)
{
    switch (validity) {
    case ItemValidity::Valid:
        return QStringLiteral("有效");
    case ItemValidity::Expired:
        return QStringLiteral("失效");
    case ItemValidity::Repealed:
        return QStringLiteral("废止");
    }
    return QStringLiteral("有效");
}

std::optional<ItemValidity> itemValidityFromText(QStringView text)
{
    for (ItemValidity validity : {ItemValidity::Valid, ItemValidity::Expired, ItemValidity::Repealed}) {
        if (text == itemValidityText(validity))
            return validity;
    }
    return std::nullopt;
}

QStringList itemClassifications()
{
    return {QString(), QStringLiteral("秘密"), QStringLiteral("机密"), QStringLiteral("绝密")};
}

QString itemActionKey(ItemAction action)
{
    for (const auto &[value, text] : ActionKeys) {
        if (value == action)
            return key(text);
    }
    return key("create");
}

std::optional<ItemAction> itemActionFromKey(QStringView text)
{
    for (const auto &[value, name] : ActionKeys) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString itemActionName(ItemAction action)
{
    switch (action) {
    case ItemAction::Create:
        //: History action: 拟稿
        return DisclosureItem::tr("Drafted");
    case ItemAction::Submit:
        //: History action: 送审
        return DisclosureItem::tr("Submitted");
    case ItemAction::Approve:
        //: History action: 审核通过
        return DisclosureItem::tr("Approved");
    case ItemAction::Return:
        //: History action: 退回
        return DisclosureItem::tr("Returned");
    case ItemAction::Publish:
        //: History action: 发布
        return DisclosureItem::tr("Published");
    case ItemAction::Withdraw:
        //: History action: 撤回
        return DisclosureItem::tr("Withdrawn");
    case ItemAction::Update:
        //: History action: 更新 (a published item reopened as a draft)
        return DisclosureItem::tr("Reopened for update");
    }
    return {};
}

QString DisclosureItem::fieldLabel(const QString &name)
{
    //: Field of a 主动公开 item: 索引号
    if (name == QLatin1String("indexNumber"))
        return tr("Index number");
    //: Field of a 主动公开 item: 主题分类
    if (name == QLatin1String("category"))
        return tr("Category");
    //: Field of a 主动公开 item: 标题
    if (name == QLatin1String("title"))
        return tr("Title");
    //: Field of a 主动公开 item: 发布机构
    if (name == QLatin1String("publisher"))
        return tr("Publisher");
    //: Field of a 主动公开 item: 成文日期
    if (name == QLatin1String("writtenOn"))
        return tr("Written on");
    //: Field of a 主动公开 item: 形成或者变更日期
    if (name == QLatin1String("changedOn"))
        return tr("Created or changed on");
    //: Field of a 主动公开 item: 发布日期
    if (name == QLatin1String("publishedOn"))
        return tr("Published on");
    //: Field of a 主动公开 item: 主题词
    if (name == QLatin1String("keywords"))
        return tr("Keywords");
    //: Field of a 主动公开 item: 正文
    if (name == QLatin1String("body"))
        return tr("Body");
    //: Field of a 主动公开 item: 附件
    if (name == QLatin1String("attachments"))
        return tr("Attachments");
    //: Field of a 主动公开 item: 有效性
    if (name == QLatin1String("validity"))
        return tr("Validity");
    //: Field of a 主动公开 item: 密级
    if (name == QLatin1String("classification"))
        return tr("Classification");
    //: Field of a 主动公开 item: 状态
    if (name == QLatin1String("status"))
        return tr("Status");
    //: Field of a 主动公开 item: 来源公文
    if (name == QLatin1String("source"))
        return tr("Source document");
    //: Field of a 主动公开 item: 办理记录
    if (name == QLatin1String("history"))
        return tr("History");
    //: Field of a 主动公开 item: 撤回
    if (name == QLatin1String("withdrawal"))
        return tr("Withdrawal");
    //: Field of a record: 格式版本
    if (name == QLatin1String("schema"))
        return tr("Schema");
    return {};
}

Core::Error DisclosureItem::refusal(const QString &name, const QString &reason)
{
    const QString label = fieldLabel(name).isEmpty() ? name : fieldLabel(name);
    //: A refused field: 「标题」：不能为空
    return {Core::ErrorCode::InvalidArgument, tr("「%1」: %2").arg(label, reason), name};
}

QJsonObject DisclosureItem::toPayload() const
{
    QJsonObject payload{{key("schema"), Schema},
                        {key("indexNumber"), indexNumber},
                        {key("category"), DisclosureCategories::code(category)},
                        {key("title"), title},
                        {key("publisher"), publisher},
                        {key("writtenOn"), isoDate(writtenOn)},
                        {key("changedOn"), isoDate(changedOn)},
                        {key("keywords"), QJsonArray::fromStringList(keywords)},
                        {key("body"), body},
                        {key("classification"), classification},
                        {key("status"), itemStatusKey(status)}};
    if (publishedOn)
        payload.insert(key("publishedOn"), isoDate(*publishedOn));
    QJsonArray files;
    for (const ItemAttachment &attachment : attachments)
        files.append(QJsonObject{{key("sha256"), attachment.sha256},
                                 {key("name"), attachment.name},
                                 {key("size"), attachment.size}});
    payload.insert(key("attachments"), files);
    if (hasValidity())
        payload.insert(key("validity"), itemValidityText(validity));
    if (source)
        payload.insert(key("source"), QJsonObject{{key("collection"), source->collection},
                                                  {key("recordId"), source->recordId},
                                                  {key("documentNumber"), source->documentNumber}});
    QJsonArray lines;
    for (const ItemHistoryEntry &entry : history) {
        QJsonObject line{{key("action"), itemActionKey(entry.action)},
                         {key("from"), itemStatusKey(entry.from)},
                         {key("to"), itemStatusKey(entry.to)},
                         {key("by"), entry.by},
                         {key("byName"), entry.byName},
                         {key("at"), entry.at.toUTC().toString(Qt::ISODate)}};
        if (!entry.opinion.isEmpty())
            line.insert(key("opinion"), entry.opinion);
        lines.append(line);
    }
    payload.insert(key("history"), lines);
    if (withdrawal)
        payload.insert(key("withdrawal"), QJsonObject{{key("reason"), withdrawal->reason},
                                                      {key("on"), isoDate(withdrawal->on)}});
    return payload;
}

Core::Result<DisclosureItem> DisclosureItem::fromPayload(const QJsonObject &payload)
{
    if (payload.value(key("schema")).toInt(0) != Schema)
        //: Refusal of a record written in another format version; %1 is the version
        return std::unexpected(
            refusal(key("schema"),
                    tr("version %1 is not known").arg(payload.value(key("schema")).toVariant().toString())));
    DisclosureItem item;
    auto text = [&](const char *name, QString &into, bool required = false) -> Core::Result<> {
        auto value = textField(payload, name, required);
        if (!value)
            return std::unexpected(value.error());
        into = *value;
        return {};
    };
    GD_TRY(text("indexNumber", item.indexNumber));
    QString categoryCode;
    GD_TRY(text("category", categoryCode, true));
    const auto category = DisclosureCategories::fromCode(categoryCode);
    if (!category)
        //: Refusal of an unknown category code; %1 is the code
        return std::unexpected(refusal(key("category"), tr("%1 is not a category code").arg(categoryCode)));
    item.category = *category;
    GD_TRY(text("title", item.title));
    GD_TRY(text("publisher", item.publisher));
    GD_TRY(text("body", item.body));
    GD_TRY(text("classification", item.classification));
    if (!itemClassifications().contains(item.classification))
        //: Refusal of an unknown 密级; %1 is the value
        return std::unexpected(
            refusal(key("classification"), tr("%1 is not 秘密, 机密 or 绝密").arg(item.classification)));

    for (auto [name, into] :
         {std::pair{"writtenOn", &item.writtenOn}, std::pair{"changedOn", &item.changedOn}}) {
        auto date = dateField(payload, name);
        if (!date)
            return std::unexpected(date.error());
        *into = date->value_or(QDate());
    }
    auto published = dateField(payload, "publishedOn");
    if (!published)
        return std::unexpected(published.error());
    item.publishedOn = *published;

    const QJsonValue keywords = payload.value(key("keywords"));
    if (!keywords.isUndefined() && !keywords.isArray())
        return std::unexpected(refusal(key("keywords"), tr("not a list")));
    for (const QJsonValue &word : keywords.toArray()) {
        if (!word.isString() || word.toString().trimmed().isEmpty())
            //: Refusal of a keyword list with an empty entry
            return std::unexpected(refusal(key("keywords"), tr("an entry is empty or not text")));
        item.keywords.append(word.toString().trimmed());
    }
    auto attachments = readAttachments(payload.value(key("attachments")));
    if (!attachments)
        return std::unexpected(attachments.error());
    item.attachments = *attachments;

    QString validity;
    GD_TRY(text("validity", validity));
    if (!validity.isEmpty()) {
        if (!item.hasValidity())
            //: Refusal: 有效性 belongs only to category 01 (规章和规范性文件)
            return std::unexpected(
                refusal(key("validity"), tr("only rules and normative documents have one")));
        const auto parsed = itemValidityFromText(validity);
        if (!parsed)
            //: Refusal of an unknown 有效性; %1 is the value
            return std::unexpected(
                refusal(key("validity"), tr("%1 is not 有效, 失效 or 废止").arg(validity)));
        item.validity = *parsed;
    }

    QString status;
    GD_TRY(text("status", status, true));
    const auto parsedStatus = itemStatusFromKey(status);
    if (!parsedStatus)
        //: Refusal of an unknown status; %1 is the value
        return std::unexpected(refusal(key("status"), tr("%1 is not a status").arg(status)));
    item.status = *parsedStatus;

    const QJsonValue source = payload.value(key("source"));
    if (source.isObject()) {
        const QJsonObject object = source.toObject();
        item.source = ItemSource{.collection = object.value(key("collection")).toString(),
                                 .recordId = object.value(key("recordId")).toString(),
                                 .documentNumber = object.value(key("documentNumber")).toString()};
    } else if (!source.isUndefined() && !source.isNull()) {
        return std::unexpected(refusal(key("source"), tr("not an object")));
    }
    auto history = readHistory(payload.value(key("history")));
    if (!history)
        return std::unexpected(history.error());
    item.history = *history;

    const QJsonValue withdrawal = payload.value(key("withdrawal"));
    if (withdrawal.isObject()) {
        const QJsonObject object = withdrawal.toObject();
        const QDate on = QDate::fromString(object.value(key("on")).toString(), Qt::ISODate);
        if (!on.isValid() || object.value(key("reason")).toString().trimmed().isEmpty())
            //: Refusal of a withdrawal without reason or date
            return std::unexpected(refusal(key("withdrawal"), tr("needs a reason and a date")));
        item.withdrawal = ItemWithdrawal{.reason = object.value(key("reason")).toString(), .on = on};
    }

    if (item.status == ItemStatus::Published && !item.publishedOn)
        //: Refusal: a published item without 发布日期
        return std::unexpected(refusal(key("publishedOn"), tr("missing on a published item")));
    if (item.status == ItemStatus::Published && !item.classification.isEmpty())
        //: Refusal: a classified (密级) item can never be published
        return std::unexpected(refusal(key("classification"), tr("a classified item cannot be published")));
    if (item.status == ItemStatus::Withdrawn && !item.withdrawal)
        //: Refusal: a withdrawn item without its reason and date
        return std::unexpected(refusal(key("withdrawal"), tr("missing on a withdrawn item")));
    return item;
}

Core::Result<> DisclosureItem::checkComplete() const
{
    //: Refusal of an empty field: 不能为空
    const QString empty = tr("must not be empty");
    if (title.trimmed().isEmpty())
        return std::unexpected(refusal(key("title"), empty));
    if (publisher.trimmed().isEmpty())
        return std::unexpected(refusal(key("publisher"), empty));
    if (!writtenOn.isValid())
        return std::unexpected(refusal(key("writtenOn"), empty));
    if (!changedOn.isValid())
        return std::unexpected(refusal(key("changedOn"), empty));
    if (changedOn < writtenOn)
        //: Refusal: 形成或者变更日期 before 成文日期
        return std::unexpected(refusal(key("changedOn"), tr("before the date it was written")));
    if (body.trimmed().isEmpty() && attachments.isEmpty())
        //: Refusal: an item needs 正文 or 附件
        return std::unexpected(refusal(key("body"), tr("needs text or an attachment")));
    return {};
}

} // namespace GovDesk::Disclosure
