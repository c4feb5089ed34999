#include "DemoData.h"

#include "SealIssuer.h"
#include "ServerLogging.h"
#include "sync/OrganisationDirectory.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace GovDesk::Server {

namespace {

const QUuid DemoNamespace(QStringLiteral("{6f1d3c52-8a0e-4f57-9b1a-2c7e5d4b9a10}"));

struct DemoUser
{
    const char *id;
    const char *name;
    const char *organisation;
    const char *roles;
};

struct DemoRecord
{
    const char *name; // stable key for the record id
    const char *collection;
    const char *author;
    QStringList recipients;
    QJsonObject payload;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QList<Organisation> organisations()
{
    return {{s("gx-lz-gov"), s("柳州市人民政府办公室")},
            {s("gx-lz-forestry"), s("柳州市林业和园林局")},
            {s("gx-lz-water"), s("柳州市水利局")},
            {s("gx-lz-luzhai"), s("鹿寨县人民政府")},
            {s("gx-lz-court"), s("柳州市中级人民法院")}};
}

const DemoUser Users[] = {
    {"wangfang", "王芳", "gx-lz-gov", "clerk,disclosure_editor"},
    {"zhangwei", "张伟", "gx-lz-gov", "leader,reviewer,signer,secrecy_reviewer,disclosure_leader"},
    {"chenjing", "陈静", "gx-lz-forestry", "clerk"},
    {"huangqiang", "黄强", "gx-lz-forestry", "reviewer,signer"},
    {"liuyang", "刘洋", "gx-lz-water", "clerk,hydrology"},
    {"limin", "李敏", "gx-lz-luzhai", "clerk,reviewer,signer"},
    {"zhaolei", "赵磊", "gx-lz-court", "clerk,court-staff"},
    {"sunli", "孙丽", "gx-lz-court", "clerk"},
};

// Who may do what (docs/sync-protocol.md, Roles and permissions): only 签发人 sign a 公文, only
// hydrologists enter water readings, only court staff read and write 审判 data — 孙丽 of the
// court's general office sees none of it. 信息公开: 王芳 drafts, 张伟 reviews and publishes (the
// publish rule below).
const CollectionPermission CollectionRules[] = {
    {QStringLiteral("water.reading"), {}, {QStringLiteral("hydrology")}},
    {QStringLiteral("courts.case"), {QStringLiteral("court-staff")}, {QStringLiteral("court-staff")}},
};

// GB/T 9704 elements of a 公文 (names as in docs/glossary.md where it has them).
QJsonObject document(const char *issuerMark, const char *number, const char *title, const char *urgency,
                     const char *mainRecipients, const char *signer, const char *issuedOn, const char *body)
{
    return {{s("issuerMark"), s(issuerMark)},
            {s("documentNumber"), s(number)},
            {s("title"), s(title)},
            {s("classification"), s("")},
            {s("urgency"), s(urgency)},
            {s("mainRecipients"), s(mainRecipients)},
            {s("signer"), s(signer)},
            {s("issuedOn"), s(issuedOn)},
            {s("body"), s(body)}};
}

QJsonObject reading(const char *station, const char *river, const char *measuredAt, double level,
                    double warning, double guaranteed)
{
    return {{s("station"), s(station)}, {s("river"), s(river)},       {s("measuredAt"), s(measuredAt)},
            {s("waterLevel"), level},   {s("warningLevel"), warning}, {s("guaranteedLevel"), guaranteed},
            {s("unit"), s("m")}};
}

QList<DemoRecord> records()
{
    const QStringList toForestryAndLuzhai{s("gx-lz-forestry"), s("gx-lz-luzhai")};
    const QStringList toWaterAndLuzhai{s("gx-lz-water"), s("gx-lz-luzhai")};
    const QStringList toGov{s("gx-lz-gov")};
    return {
        {"fire-prevention-notice", "documents.document", "wangfang", toForestryAndLuzhai,
         document("柳州市人民政府办公室文件", "柳政办发〔2026〕12号",
                  "柳州市人民政府办公室关于做好2026年春季森林防火工作的通知", "加急",
                  "各县、区人民政府，市直各有关单位", "张伟", "2026-02-27",
                  "当前正值春季森林防火关键期，各地要压实森林防火责任，加强野外火源管控，"
                  "严格落实24小时值班和领导带班制度。")},
        {"flood-control-notice", "documents.document", "wangfang", toWaterAndLuzhai,
         document("柳州市人民政府办公室文件", "柳政办发〔2026〕15号",
                  "柳州市人民政府办公室关于切实做好2026年防汛抗旱工作的通知", "特急",
                  "各县、区人民政府，市水利局", "张伟", "2026-03-16",
                  "各地要在4月1日前完成水库、堤防安全隐患排查，汛期水库一律按汛限水位控制运行。")},
        {"forestry-quarter-report", "documents.document", "chenjing", toGov,
         document("柳州市林业和园林局", "柳林园报〔2026〕7号",
                  "柳州市林业和园林局关于2026年第一季度森林防火工作情况的报告", "", "柳州市人民政府办公室",
                  "黄强", "2026-04-03",
                  "第一季度全市未发生重大森林火灾，共开展防火巡查1260人次，清理林下可燃物380公顷。")},
        {"luzhai-flood-report", "documents.document", "limin", toGov,
         document("鹿寨县人民政府", "鹿政报〔2026〕9号", "鹿寨县人民政府关于中渡镇山洪灾害防御工作情况的报告",
                  "加急", "柳州市人民政府办公室", "李敏", "2026-04-10",
                  "已完成中渡镇12处山洪灾害危险区转移路线复核，落实预警责任人46名。")},
        {"reading-liuzhou-1", "water.reading", "liuyang", toGov,
         reading("柳州", "柳江", "2026-05-20T08:00:00Z", 76.18, 82.50, 86.50)},
        {"reading-liuzhou-2", "water.reading", "liuyang", toGov,
         reading("柳州", "柳江", "2026-05-21T08:00:00Z", 79.64, 82.50, 86.50)},
        {"reading-luzhai-1", "water.reading", "liuyang", toGov,
         reading("鹿寨", "洛清江", "2026-05-21T08:00:00Z", 89.27, 92.00, 95.30)},
        {"case-2026-123",
         "courts.case",
         "zhaolei",
         {},
         QJsonObject{{s("caseNumber"), s("（2026）桂02民初123号")},
                     {s("title"), s("柳州某建材有限公司与鹿寨某建筑工程有限公司买卖合同纠纷")},
                     {s("filedOn"), s("2026-03-02")},
                     {s("judge"), s("赵磊")},
                     {s("status"), s("审理中")}}},
    };
}

QJsonObject step(const char *action, const char *from, const char *to, const char *by, const char *byName,
                 const char *at, const char *opinion)
{
    return {{s("action"), s(action)}, {s("from"), s(from)}, {s("to"), s(to)},          {s("by"), s(by)},
            {s("byName"), s(byName)}, {s("at"), s(at)},     {s("opinion"), s(opinion)}};
}

// A 主动公开 item as the disclosure module writes it (disclosure-records.md): drafted by 王芳,
// reviewed and published by 张伟, who holds disclosure_leader as the publish rule requires.
QJsonObject livelihoodProjects(const QString &indexNumber)
{
    return {{s("schema"), 1},
            {s("indexNumber"), indexNumber},
            {s("category"), s("03")},
            {s("title"), s("柳州市2026年为民办实事项目清单")},
            {s("publisher"), s("柳州市人民政府办公室")},
            {s("writtenOn"), s("2026-02-26")},
            {s("changedOn"), s("2026-02-26")},
            {s("publishedOn"), s("2026-03-05")},
            {s("keywords"), QJsonArray{s("民生"), s("为民办实事")}},
            {s("body"), s("一、城镇老旧小区改造3.2万户\n二、新增公办幼儿园学位4500个\n"
                          "三、城区公交线路优化12条")},
            {s("classification"), s("")},
            {s("status"), s("published")},
            {s("history"),
             QJsonArray{step("create", "draft", "draft", "wangfang", "王芳", "2026-02-26T01:00:00Z", ""),
                        step("submit", "draft", "secrecy_review", "wangfang", "王芳", "2026-02-26T02:00:00Z",
                             "请审查"),
                        step("approve", "secrecy_review", "leader_review", "zhangwei", "张伟",
                             "2026-03-02T03:00:00Z", "未发现涉密和个人信息"),
                        step("publish", "leader_review", "published", "zhangwei", "张伟",
                             "2026-03-05T01:00:00Z", "同意发布")}}};
}

// The item's 索引号, the first number of the organisation's series 「信息公开」 for 2026, in the
// pattern and with the 统一社会信用代码 a demo desk uses (modules/disclosure ItemActions), so that
// what trainees publish continues the series.
Result<QString> allocateIndexNumber(SyncRepository &repository, const QString &recordId)
{
    const QString series = s("信息公开");
    auto number = repository.takeNextNumber(s("gx-lz-gov"), series, 2026);
    if (!number)
        return std::unexpected(number.error());
    GD_TRY(repository.saveNumberAllocation({.opId = DemoData::recordId(s("number-livelihood-projects")),
                                            .userId = s("zhangwei"),
                                            .organisationId = s("gx-lz-gov"),
                                            .series = series,
                                            .year = 2026,
                                            .number = *number,
                                            .collection = s("disclosure.item"),
                                            .recordId = recordId,
                                            .allocatedAt = s("2026-03-05T01:00:00Z")}));
    return QStringLiteral("11450200MB0000000T-03-2026-%1").arg(*number, 4, 10, QLatin1Char('0'));
}

} // namespace

QString DemoData::recordId(const QString &name)
{
    return QUuid::createUuidV5(DemoNamespace, name).toString(QUuid::WithoutBraces);
}

Result<bool> DemoData::seedIfEmpty(SyncRepository &repository, OpApplier &applier,
                                   const PasswordHasher &hasher)
{
    auto existing = repository.organisations();
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return false;

    const QList<Organisation> offices = organisations();
    for (const Organisation &organisation : offices)
        GD_TRY(repository.addOrganisation(organisation));
    QHash<QString, QString> organisationOf;
    QHash<QString, QStringList> rolesOf;
    for (const DemoUser &demo : Users) {
        auto hash = hasher.hash(QString::fromLatin1(Password));
        if (!hash)
            return std::unexpected(hash.error());
        const UserAccount user{s(demo.id), s(demo.name), s(demo.organisation),
                               s(demo.roles).split(QLatin1Char(',')), *hash};
        GD_TRY(repository.addUser(user));
        organisationOf.insert(user.id, user.organisationId);
        rolesOf.insert(user.id, user.roles);
    }

    // The rules first: the demo's records are written by users who may write them.
    for (const CollectionPermission &rule : CollectionRules)
        GD_TRY(repository.saveCollectionPermission(rule));
    GD_TRY(repository.saveActionPermission({s("documents.document"), s("status"), s("签发"), {s("signer")}}));
    // Only 领导审核 publishes to the portal (docs/sync-protocol.md, Public portal).
    GD_TRY(repository.saveActionPermission(
        {s("disclosure.item"), s("status"), s("published"), {s("disclosure_leader")}}));

    QList<DemoRecord> all = records();
    // The forestry bureau signs for the fire-prevention notice: a receipt travels back.
    all.append({"fire-prevention-receipt",
                "documents.receipt",
                "chenjing",
                {s("gx-lz-gov")},
                QJsonObject{{s("documentId"), recordId(s("fire-prevention-notice"))},
                            {s("status"), s("received")},
                            {s("receivedAt"), s("2026-02-27T09:12:00Z")},
                            {s("by"), s("陈静")}}});
    const QString itemId = recordId(s("livelihood-projects"));
    auto indexNumber = allocateIndexNumber(repository, itemId);
    if (!indexNumber)
        return std::unexpected(indexNumber.error());
    all.append({"livelihood-projects", "disclosure.item", "zhangwei", {}, livelihoodProjects(*indexNumber)});
    for (const DemoRecord &demo : all) {
        const QString author = s(demo.author);
        PushOp op;
        op.opId = recordId(s("op-") + s(demo.name));
        op.collection = s(demo.collection);
        op.recordId = recordId(s(demo.name));
        op.payload = demo.payload;
        op.recipients = demo.recipients;
        auto result = applier.apply({author, organisationOf.value(author), rolesOf.value(author)}, op);
        if (!result)
            return std::unexpected(result.error());
        if (result->status != OpStatus::Applied)
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("Demo record %1 was not applied: %2")
                                  .arg(s(demo.name), result->reasonMessage));
    }
    qCInfo(lcSyncd) << "demo data seeded:" << offices.size() << "organisations," << std::size(Users)
                    << "users," << all.size() << "records; password" << Password;
    return true;
}

Result<int> DemoData::addTemplates(SyncRepository &repository)
{
    auto organisations = repository.organisations();
    if (!organisations)
        return std::unexpected(organisations.error());
    auto stored = repository.redHeaderTemplates();
    if (!stored)
        return std::unexpected(stored.error());
    QSet<QString> withTemplates;
    for (const OrganisationTemplate &existing : std::as_const(*stored))
        withTemplates.insert(existing.organisationId);
    // The client's demo profile, which never syncs, shows the same templates: one list for both.
    int added = 0;
    for (const Core::OrganisationEntry &demo : Core::OrganisationDirectory::demoDirectory()) {
        const bool known
            = std::ranges::any_of(*organisations, [&](const Organisation &o) { return o.id == demo.id; });
        if (!known || withTemplates.contains(demo.id))
            continue;
        for (const Core::RedHeaderTemplate &header : demo.redHeaders) {
            GD_TRY(repository.saveRedHeaderTemplate(demo.id, header));
            ++added;
        }
    }
    return added;
}

Result<> DemoData::issueSeals(SyncRepository &repository, const Clock &clock)
{
    auto organisations = repository.organisations();
    if (!organisations)
        return std::unexpected(organisations.error());
    SealIssuer issuer(repository, clock);
    for (const Organisation &organisation : std::as_const(*organisations)) {
        auto issued = issuer.issue(organisation.id);
        if (!issued)
            return std::unexpected(issued.error());
    }
    return {};
}

} // namespace GovDesk::Server
