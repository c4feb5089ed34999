// 信息公开 end to end: the disclosure module's core plugin on two desks of 柳州市人民政府办公室 (two
// profiles, as ModuleOffice brings a module up like the desktop) against the real govdesk-syncd over
// HTTPS — serve --portal, with the publish rule docs/sync-protocol.md asks for (only
// disclosure_leader may set status=published). Items go through the module's own workflow classes:
// published offline they wait 「待编号」 and get the server's 索引号 in the organisation's pattern at
// the sync, two desks get consecutive numbers, an item refused at 保密审查 and a withdrawn one are
// never on the portal, a publication by an account that lost the role is rejected by the server and
// kept locally, and the annual report from the year's requests reaches the portal once published.
#include "AnnualReport.h"
#include "DisclosureItem.h"
#include "DisclosureRecords.h"
#include "IndexNumberRule.h"
#include "ItemActions.h"
#include "ItemWorkflow.h"
#include "ModuleOffice.h"
#include "OrganisationCode.h"
#include "RequestWorkflow.h"
#include "RequestsStore.h"
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "sync/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

namespace {

const QString Organisation = QStringLiteral("gx-lz-gov");
const QString Items = QString::fromLatin1(ItemCollection);
const QString Pattern = QStringLiteral("{org}-{category}-{year}-{seq:4}");

// The office's 统一社会信用代码 (fictional, with its real check character).
QString organisationCode()
{
    const QString first17 = QStringLiteral("11450200MB0353218");
    return first17 + OrganisationCode::creditCodeCheck(first17);
}

QDateTime at(QDate day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

DisclosureItem draft(const QString &title, DisclosureCategory category, const QString &body)
{
    DisclosureItem item;
    item.category = category;
    item.title = title;
    item.publisher = QStringLiteral("柳州市人民政府办公室");
    item.writtenOn = QDate(2026, 3, 2);
    item.changedOn = QDate(2026, 3, 2);
    item.keywords = {QStringLiteral("城乡建设"), QStringLiteral("计划")};
    item.body = body;
    return item;
}

struct Desk : ModuleOffice
{
    using ModuleOffice::ModuleOffice;

    [[nodiscard]] ItemActor actor() const { return ItemActions::actorOf(*context); }

    // The item as the desk holds it (a default item when it has none).
    [[nodiscard]] DisclosureItem item(const QString &recordId) const
    {
        auto record = context->records().get(Items, recordId);
        if (!record || !*record)
            return {};
        return DisclosureItem::fromPayload((*record)->payload).value_or(DisclosureItem{});
    }

    // What the item list shows: the projected row's 索引号 and status.
    [[nodiscard]] QString listed(const QString &recordId) const
    {
        auto statement = context->database().prepare(
            QStringLiteral("SELECT index_number, status FROM disclosure_items WHERE record_id = ?1"));
        if (!statement)
            return {};
        statement->bind(1, recordId);
        QString row;
        (void)statement->forEachRow([&row](const Statement &result) {
            row = result.text(0) + QLatin1Char('|') + result.text(1);
            return false;
        });
        return row;
    }

    // 拟稿 → 送审 → 保密审查 → 发布 by the desk's own account, each step written as the page does.
    [[nodiscard]] Result<DisclosureItem> publish(const QString &recordId, const DisclosureItem &text,
                                                 QDate day)
    {
        auto approved = review(recordId, text, day);
        if (!approved)
            return approved;
        return ItemActions::publish(*context, recordId, *approved, QStringLiteral("同意发布"), at(day, 9));
    }

    // 拟稿 → 送审 → 保密审查 passed: the item waits at 领导审核.
    [[nodiscard]] Result<DisclosureItem> review(const QString &recordId, const DisclosureItem &text,
                                                QDate day)
    {
        const DisclosureItem created = ItemWorkflow::created(text, actor(), at(day, 2));
        GD_TRY(DisclosureRecords::saveItem(*context, recordId, created));
        auto submitted = ItemWorkflow::submit(created, actor(), QStringLiteral("请审查"), at(day, 3));
        GD_TRY(ItemActions::save(*context, recordId, submitted));
        auto approved
            = ItemWorkflow::approve(*submitted, actor(), QStringLiteral("未发现涉密和个人信息"), at(day, 5));
        GD_TRY(ItemActions::save(*context, recordId, approved));
        return approved;
    }
};

} // namespace

class TestSyncDisclosure : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Desk> m_editor; // desk A: 信息公开办
    std::unique_ptr<Desk> m_leader; // desk B: 分管领导

    std::unique_ptr<Desk> desk(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("信息公开-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        (*profile)->session().reloadAccount(); // as SyncService does after signing in
        auto desk = std::make_unique<Desk>(std::move(*profile));
        auto started = desk->startModule(QStringLiteral(GOVDESK_DISCLOSURE_JSON),
                                         QStringLiteral(GOVDESK_DISCLOSURE_PLUGIN));
        if (!started)
            qFatal("module: %s", qPrintable(started.error().fullText()));
        // The organisation's 索引号 rule, as its administrator sets it on every desk.
        if (!desk->context->setSetting(QString::fromLatin1(ItemActions::OrganisationCodeSetting),
                                       organisationCode())
            || !desk->context->setSetting(QString::fromLatin1(ItemActions::IndexPatternSetting), Pattern))
            qFatal("settings of %s", qPrintable(user));
        return desk;
    }

    HttpReply portal(const QString &path)
    {
        return m_server.request("GET", QStringLiteral("/portal/%1/%2").arg(Organisation, path));
    }

    // The server's number for the record, formatted by the organisation's rule.
    static QString expectedNumber(Desk &desk, const QString &recordId, DisclosureCategory category)
    {
        auto request = desk.context->records().numberRequest(Items, recordId);
        if (!request || !*request || !(*request)->number)
            return QStringLiteral("(no number allocated)");
        return IndexNumberRule::fromPattern(Pattern)
            ->format({.organisation = organisationCode(),
                      .category = category,
                      .year = 2026,
                      .sequence = int(*(*request)->number)})
            .value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString password = QString::fromUtf8(SyncServerFixture::DefaultPassword);
        const QStringList allSteps{QString::fromLatin1(EditorRole), QString::fromLatin1(SecrecyReviewerRole),
                                   QString::fromLatin1(LeaderRole)};
        QList<SyncServerFixture::User> users = SyncServerFixture::defaultUsers();
        // 信息公开办 drafts, reviews and publishes on its own in this small office; the leader may too.
        users.append({QStringLiteral("zhoujie"), QStringLiteral("周洁"), Organisation, allSteps, password});
        users.append({QStringLiteral("zhangwei"), QStringLiteral("张伟"), Organisation, allSteps, password});
        users.append({QStringLiteral("huangmin"), QStringLiteral("黄敏"), Organisation, allSteps, password});
        users.append({QStringLiteral("qinli"),
                      QStringLiteral("覃丽"),
                      Organisation,
                      {QString::fromLatin1(EditorRole)},
                      password});
        GD_VERIFY(m_server.setUp(SyncServerFixture::defaultOrganisations(), users));
        // Only 领导审核 publishes: the rule the portal's documentation asks for.
        GD_VERIFY(m_server.admin({QStringLiteral("action"), QStringLiteral("set"), Items,
                                  QStringLiteral("status=published"), QStringLiteral("--roles"),
                                  QString::fromLatin1(LeaderRole)}));
        m_server.stop();
        GD_VERIFY(m_server.start({QStringLiteral("--portal")}));
        m_editor = desk(QStringLiteral("zhoujie"));
        m_leader = desk(QStringLiteral("zhangwei"));
        QVERIFY(!m_editor->actor().unrestricted);
        QVERIFY(m_editor->actor().holdsAnyOf({QString::fromLatin1(LeaderRole)}));
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_leader.reset();
    }

    void publishedOfflineIsNumberedAtTheSync()
    {
        const QString id = RecordStore::newRecordId();
        m_server.stop(); // the line is down all through the review
        auto published = m_editor->publish(
            id,
            draft(QStringLiteral("柳州市2026年城市建设计划"), DisclosureCategory::Plans,
                  QStringLiteral("一、总体要求\n二、重点项目：柳江大桥改造。\n三、保障措施")),
            QDate(2026, 3, 10));
        GD_VERIFY(published);
        QCOMPARE(published->status, ItemStatus::Published);
        QCOMPARE(published->indexNumber, QString()); // 待编号
        // The list follows once the write is committed (from the event loop, as in the desktop).
        QTRY_COMPARE(m_editor->listed(id), QStringLiteral("|published"));
        QStringList steps;
        for (const ItemHistoryEntry &entry : m_editor->item(id).history)
            steps << itemActionKey(entry.action);
        QCOMPARE(steps, (QStringList{"create", "submit", "approve", "publish"}));
        auto offline = m_editor->profile->sync();
        GD_VERIFY(offline);
        QVERIFY(!offline->completed());
        QVERIFY(m_editor->item(id).indexNumber.isEmpty());

        GD_VERIFY(m_server.start({QStringLiteral("--portal")}));
        auto synced = m_editor->sync();
        GD_VERIFY(synced);
        QCOMPARE(synced->rejected, 0);
        QCOMPARE(synced->numbersAllocated, 1);
        const QString number = m_editor->item(id).indexNumber;
        QCOMPARE(number, expectedNumber(*m_editor, id, DisclosureCategory::Plans));
        QVERIFY2(number.startsWith(organisationCode() + QStringLiteral("-03-2026-")), qPrintable(number));
        QCOMPARE(m_editor->listed(id), number + QStringLiteral("|published"));
        // Published but not numbered on the server yet: not on the portal without its 索引号.
        QCOMPARE(portal(QStringLiteral("item/") + id).status, 404);

        // The number travels with the next run, as any edit.
        GD_VERIFY(m_editor->sync());
        GD_VERIFY(m_leader->sync());
        const DisclosureItem seen = m_leader->item(id);
        QCOMPARE(seen.status, ItemStatus::Published);
        QCOMPARE(seen.indexNumber, number);
        QCOMPARE(seen.publishedOn, std::optional<QDate>(QDate(2026, 3, 10)));
        QCOMPARE(m_leader->listed(id), number + QStringLiteral("|published"));
        const HttpReply page = portal(QStringLiteral("item/") + id);
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("柳州市2026年城市建设计划")));
        QVERIFY(QString::fromUtf8(page.body).contains(number));
    }

    void twoDesksPublishingOfflineGetConsecutiveNumbers()
    {
        const QString first = RecordStore::newRecordId();
        const QString second = RecordStore::newRecordId();
        m_server.stop();
        GD_VERIFY(m_editor->publish(first,
                                    draft(QStringLiteral("柳州市2026年部门预算公开说明"),
                                          DisclosureCategory::BudgetsAndFinalAccounts,
                                          QStringLiteral("2026年部门预算收支总表。")),
                                    QDate(2026, 4, 1)));
        GD_VERIFY(
            m_leader->publish(second,
                              draft(QStringLiteral("柳州市2026年重点民生项目计划"), DisclosureCategory::Plans,
                                    QStringLiteral("一、教育\n二、医疗\n三、养老")),
                              QDate(2026, 4, 1)));
        GD_VERIFY(m_server.start({QStringLiteral("--portal")}));
        // Each desk's first run brings its number, the second pushes it; the last pulls the other's.
        for (Desk *desk : {m_editor.get(), m_leader.get(), m_editor.get(), m_leader.get(), m_editor.get()})
            GD_VERIFY(desk->sync());

        const QString one = m_editor->item(first).indexNumber;
        const QString two = m_leader->item(second).indexNumber;
        QCOMPARE(m_leader->item(first).indexNumber, one);
        QCOMPARE(m_editor->item(second).indexNumber, two);
        const auto rule = IndexNumberRule::fromPattern(Pattern);
        GD_VERIFY(rule);
        const auto a = rule->parse(one);
        const auto b = rule->parse(two);
        GD_VERIFY(a);
        GD_VERIFY(b);
        QCOMPARE(a->organisation, organisationCode());
        QCOMPARE(a->year, 2026);
        QCOMPARE(b->sequence, a->sequence + 1);
        QVERIFY(one.contains(QStringLiteral("-07-"))); // 财政预决算
        QVERIFY(two.contains(QStringLiteral("-03-"))); // 规划计划
        for (const QString &id : {first, second})
            QCOMPARE(portal(QStringLiteral("item/") + id).status, 200);
        const QJsonObject feed = portal(QStringLiteral("items.json")).json();
        QVERIFY2(QJsonDocument(feed).toJson().contains(one.toUtf8()), qPrintable(feed.keys().join(u',')));
        QVERIFY(QJsonDocument(feed).toJson().contains(two.toUtf8()));
    }

    void anItemRefusedAtSecrecyReviewNeverReachesThePortal()
    {
        const QString id = RecordStore::newRecordId();
        const DisclosureItem text = draft(
            QStringLiteral("关于城中区旧城改造征收补偿的公告"), DisclosureCategory::Other,
            QStringLiteral("一、征收范围\n被征收人：王某，身份证号45010219781104567X。\n三、补偿标准"));
        const DisclosureItem created
            = ItemWorkflow::created(text, m_editor->actor(), at(QDate(2026, 5, 6), 2));
        GD_VERIFY(DisclosureRecords::saveItem(*m_editor->context, id, created));
        auto submitted = ItemWorkflow::submit(created, m_editor->actor(), {}, at(QDate(2026, 5, 6), 3));
        GD_VERIFY(ItemActions::save(*m_editor->context, id, submitted));

        auto refused = ItemWorkflow::approve(*submitted, m_editor->actor(), {}, at(QDate(2026, 5, 6), 4));
        QVERIFY(!refused);
        const QList<SecrecyFinding> findings = ItemWorkflow::secrecyFindings(*submitted, QDate(2026, 5, 6));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().field, QStringLiteral("body"));
        QCOMPARE(findings.first().line, 2);
        QCOMPARE(findings.first().masked, QStringLiteral("450102********567X"));
        QVERIFY2(refused.error().message.contains(findings.first().masked),
                 qPrintable(refused.error().message));
        // Nor may it skip the review.
        QVERIFY(!ItemActions::publish(*m_editor->context, id, *submitted, {}, at(QDate(2026, 5, 6), 5)));
        auto returned = ItemWorkflow::returnTo(*submitted, ItemStatus::Draft, m_editor->actor(),
                                               QStringLiteral("正文含个人身份证号码，请删除"),
                                               at(QDate(2026, 5, 6), 6));
        GD_VERIFY(ItemActions::save(*m_editor->context, id, returned));

        GD_VERIFY(m_editor->sync());
        GD_VERIFY(m_leader->sync());
        QCOMPARE(m_leader->item(id).status, ItemStatus::Draft);
        QCOMPARE(m_leader->item(id).history.last().opinion, QStringLiteral("正文含个人身份证号码，请删除"));
        QCOMPARE(portal(QStringLiteral("item/") + id).status, 404);
        for (const QString &page : {QStringLiteral("items.json"), QStringLiteral("feed.atom"), QString()}) {
            const HttpReply reply = portal(page);
            QCOMPARE(reply.status, 200);
            QVERIFY2(!QString::fromUtf8(reply.body).contains(QStringLiteral("旧城改造")), qPrintable(page));
            QVERIFY(!reply.body.contains("567X"));
        }
    }

    void aWithdrawalOnTheOtherDeskTakesTheItemOffThePortal()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(
            m_editor->publish(id,
                              draft(QStringLiteral("柳州市2026年城区停车收费标准"), DisclosureCategory::Other,
                                    QStringLiteral("一、收费标准\n二、执行时间")),
                              QDate(2026, 6, 1)));
        GD_VERIFY(m_editor->sync());
        GD_VERIFY(m_editor->sync());
        QCOMPARE(portal(QStringLiteral("item/") + id).status, 200);

        GD_VERIFY(m_leader->sync());
        const DisclosureItem shown = m_leader->item(id);
        QCOMPARE(shown.status, ItemStatus::Published);
        QVERIFY(!shown.indexNumber.isEmpty());
        const QString reason = QStringLiteral("收费标准经听证后调整，原文件停止执行");
        GD_VERIFY(ItemActions::save(
            *m_leader->context, id,
            ItemWorkflow::withdraw(shown, m_leader->actor(), reason, at(QDate(2026, 6, 20)))));
        GD_VERIFY(m_leader->sync());
        QCOMPARE(portal(QStringLiteral("item/") + id).status, 404);
        QVERIFY(!QString::fromUtf8(portal(QStringLiteral("items.json")).body)
                     .contains(QStringLiteral("停车收费")));
        QVERIFY(!QString::fromUtf8(portal(QStringLiteral("feed.atom")).body)
                     .contains(QStringLiteral("停车收费")));

        GD_VERIFY(m_editor->sync());
        const DisclosureItem withdrawn = m_editor->item(id);
        QCOMPARE(withdrawn.status, ItemStatus::Withdrawn);
        QCOMPARE(withdrawn.indexNumber, shown.indexNumber);
        QVERIFY(withdrawn.withdrawal);
        QCOMPARE(withdrawn.withdrawal->reason, reason);
        const ItemHistoryEntry &last = withdrawn.history.last();
        QCOMPARE(last.action, ItemAction::Withdraw);
        QCOMPARE(last.by, QStringLiteral("zhangwei"));
        QCOMPARE(last.byName, QStringLiteral("张伟"));
        QCOMPARE(last.opinion, reason);
        QCOMPARE(m_editor->listed(id), shown.indexNumber + QStringLiteral("|withdrawn"));
    }

    void theServerRefusesAPublicationWithoutTheLeaderRole()
    {
        // 黄敏 leaves the leader's post; her desk still holds the account as it signed in.
        auto desk = this->desk(QStringLiteral("huangmin"));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(desk->review(id,
                               draft(QStringLiteral("柳州市2026年道路改造计划"), DisclosureCategory::Plans,
                                     QStringLiteral("一、改造路段\n二、工期安排")),
                               QDate(2026, 7, 1)));
        GD_VERIFY(desk->sync()); // at 领导审核 on the server
        GD_VERIFY(m_server.admin({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("huangmin"),
                                  QStringLiteral("%1,%2").arg(QString::fromLatin1(EditorRole),
                                                              QString::fromLatin1(SecrecyReviewerRole))}));
        QVERIFY(desk->actor().holdsAnyOf({QString::fromLatin1(LeaderRole)}));
        auto published = ItemActions::publish(*desk->context, id, desk->item(id), QStringLiteral("同意发布"),
                                              at(QDate(2026, 7, 2)));
        GD_VERIFY(published);

        auto summary = desk->sync();
        GD_VERIFY(summary);
        QCOMPARE(summary->rejected, 1);
        const QString rejections = summary->rejections.join(u'\n');
        QVERIFY2(rejections.contains(Items + QLatin1Char('/') + id), qPrintable(rejections));
        // Nothing lost: the desk keeps its published version, held back with the server's reason.
        QCOMPARE(desk->item(id).status, ItemStatus::Published);
        auto held = desk->profile->records().rejectedOps();
        GD_VERIFY(held);
        QCOMPARE(held->size(), 1);
        QCOMPARE(held->first().recordId, id);
        QVERIFY(!held->first().lastError.isEmpty());
        QCOMPARE(portal(QStringLiteral("item/") + id).status, 404);
        auto server = readServer(m_server, QStringLiteral("zhoujie"));
        GD_VERIFY(server);
        const StoredRecord *stored = server->find(Items, id);
        QVERIFY(stored);
        QCOMPARE(stored->payload.value(QStringLiteral("status")).toString(), QStringLiteral("leader_review"));
        QVERIFY(stored->payload.value(QStringLiteral("indexNumber")).toString().isEmpty());

        // An editor's desk is offered no publication at all, and the workflow refuses it.
        auto editor = this->desk(QStringLiteral("qinli"));
        GD_VERIFY(editor->sync());
        const DisclosureItem waiting = editor->item(id);
        QCOMPARE(waiting.status, ItemStatus::LeaderReview);
        QVERIFY(ItemWorkflow::available(waiting, editor->actor()).isEmpty());
        QVERIFY(!ItemActions::publish(*editor->context, id, waiting, {}, at(QDate(2026, 7, 2))));
    }

    void thePublishedAnnualReportReachesThePortal()
    {
        ModuleContext &context = *m_editor->context;
        const RequestActor clerk{QStringLiteral("zhoujie"), QStringLiteral("周洁")};
        const auto handIn = [&](QDate day, ApplicantType type) {
            DisclosureRequest request{.applicantType = type,
                                      .applicantName = QStringLiteral("申请人"),
                                      .contact = QStringLiteral("0772-2812345"),
                                      .content = QStringLiteral("某地块国有土地使用权出让的批准文件"),
                                      .purpose = QStringLiteral("自身生活需要")};
            request.receipt = {.channel = RequestChannel::InPerson, .handedInOn = day};
            return RequestsStore::registerRequest(context, request, clerk, at(day));
        };
        // Three requests of 2026: two answered (予以公开, 无法提供·本机关不掌握), one still open.
        const auto first = handIn(QDate(2026, 3, 2), ApplicantType::NaturalPerson);
        const auto second = handIn(QDate(2026, 3, 16), ApplicantType::Commercial);
        const auto third = handIn(QDate(2026, 11, 30), ApplicantType::NaturalPerson);
        GD_VERIFY(first);
        GD_VERIFY(second);
        GD_VERIFY(third);
        auto requests = RequestsStore::all(context.database());
        GD_VERIFY(requests);
        QCOMPARE(requests->size(), 3);
        auto granted = RequestWorkflow::reply(requests->value(*first),
                                              {.type = ReplyType::Granted, .on = QDate(2026, 3, 20)}, clerk,
                                              at(QDate(2026, 3, 20)));
        GD_VERIFY(granted);
        GD_VERIFY(RequestsStore::save(context, *first, *granted));
        auto unavailable = RequestWorkflow::reply(
            requests->value(*second),
            {.type = ReplyType::Unavailable, .reasons = {ReplyReason::NotHeld}, .on = QDate(2026, 4, 2)},
            clerk, at(QDate(2026, 4, 2)));
        GD_VERIFY(unavailable);
        GD_VERIFY(RequestsStore::save(context, *second, *unavailable));

        requests = RequestsStore::all(context.database());
        GD_VERIFY(requests);
        auto items = m_editor->profile->records().list(Items);
        GD_VERIFY(items);
        AnnualReportInput input{.year = 2026, .organisation = QStringLiteral("柳州市人民政府办公室")};
        input.requests = requests->values();
        for (const SyncRecord &record : std::as_const(*items))
            input.items.append(record.payload);
        auto report = AnnualReport::payload(input);
        GD_VERIFY(report);
        const QString reportId = RecordStore::newRecordId();
        const QString reportCollection = QString::fromLatin1(ReportCollection);
        GD_VERIFY(context.records().put(reportCollection, reportId, *report));
        GD_VERIFY(m_editor->sync());
        QCOMPARE(portal(QStringLiteral("report/2026")).status, 404); // a draft is not public

        QJsonObject published = *report;
        published.insert(QStringLiteral("status"), QStringLiteral("published"));
        published.insert(QStringLiteral("publishedOn"), QStringLiteral("2027-01-20"));
        GD_VERIFY(context.records().put(reportCollection, reportId, published));
        GD_VERIFY(m_editor->sync());
        const HttpReply page = portal(QStringLiteral("report/2026"));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("柳州市人民政府办公室2026年政府信息公开工作年度报告")));
        QVERIFY(html.contains(QStringLiteral("三、收到和处理政府信息公开申请情况")));
        // Counted by hand: 3 received, none carried in, 2 answered, 1 carried to 2027.
        QVERIFY2(html.contains(QStringLiteral("本年新收政府信息公开申请3件，上年结转0件，共3件；"
                                              "本年度办理完毕2件，结转下年度继续办理1件。")),
                 qPrintable(html));
        QVERIFY(
            !html.contains(QStringLiteral("某地块国有土地使用权"))); // requests themselves are never public
        QCOMPARE(portal(QStringLiteral("report/2025")).status, 404);
    }
};

QTEST_MAIN(TestSyncDisclosure)
#include "tst_sync_disclosure.moc"
