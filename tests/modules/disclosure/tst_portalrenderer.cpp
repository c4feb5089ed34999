// Tests the public portal's renderer: columns from the shipped columns.json against the categories,
// the item page's metadata table and escaping, paging, reports rendered generically and the feeds.
#include "DisclosureCategories.h"
#include "PortalFeeds.h"
#include "PortalRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

QJsonObject itemPayload(const QString &title, const QString &category, const QString &publishedOn)
{
    return {{QStringLiteral("schema"), 1},
            {QStringLiteral("indexNumber"), QStringLiteral("11450200MB0000000X-%1-2026-0007").arg(category)},
            {QStringLiteral("category"), category},
            {QStringLiteral("title"), title},
            {QStringLiteral("publisher"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("writtenOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("changedOn"), QStringLiteral("2026-03-02")},
            {QStringLiteral("publishedOn"), publishedOn},
            {QStringLiteral("keywords"), QJsonArray{QStringLiteral("城乡建设"), QStringLiteral("计划")}},
            {QStringLiteral("body"), QStringLiteral("第一段。\n\n第二段。")},
            {QStringLiteral("classification"), QString()},
            {QStringLiteral("status"), QStringLiteral("published")}};
}

PortalSite siteWith(int items, const QString &category)
{
    PortalSite site;
    site.organisationId = QStringLiteral("gx-lz-gov");
    site.organisationName = QStringLiteral("柳州市人民政府办公室");
    for (int i = 0; i < items; ++i)
        site.items.append(
            PortalItem::fromPayload(QStringLiteral("item-%1").arg(i),
                                    itemPayload(QStringLiteral("计划第%1号").arg(i), category,
                                                QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate))));
    site.sort();
    return site;
}

} // namespace

class TestPortalRenderer : public QObject
{
    Q_OBJECT

private slots:
    void everyCategoryHasANameAndOneItemsColumn()
    {
        const PortalColumns &columns = PortalColumns::shipped();
        QCOMPARE(columns.all().size(), 9);
        for (DisclosureCategory category : DisclosureCategories::all()) {
            const QString code = DisclosureCategories::code(category);
            QVERIFY2(!columns.categoryName(code).isEmpty(), qPrintable(code));
            QCOMPARE(columns.columnOf(code).kind, PortalColumn::Kind::Items);
        }
        QCOMPARE(columns.columnOf(QStringLiteral("01")).name, QStringLiteral("政策文件"));
        QCOMPARE(columns.columnOf(QStringLiteral("08")).name, QStringLiteral("财政信息"));
        QCOMPARE(columns.columnOf(QStringLiteral("99")).id, QStringLiteral("other"));
    }

    void onlyPublishedUnclassifiedItemsArePublic()
    {
        QJsonObject payload
            = itemPayload(QStringLiteral("t"), QStringLiteral("03"), QStringLiteral("2026-03-10"));
        QVERIFY(PortalItem::isPublic(payload));
        for (const QString &status : {QStringLiteral("draft"), QStringLiteral("secrecy_review"),
                                      QStringLiteral("leader_review"), QStringLiteral("withdrawn")}) {
            payload.insert(QStringLiteral("status"), status);
            QVERIFY2(!PortalItem::isPublic(payload), qPrintable(status));
        }
        payload.insert(QStringLiteral("status"), QStringLiteral("published"));
        payload.insert(QStringLiteral("classification"), QStringLiteral("秘密"));
        QVERIFY(!PortalItem::isPublic(payload));
    }

    void itemPageShowsTheMetadataAndEscapesEverything()
    {
        QJsonObject payload = itemPayload(QStringLiteral("<script>alert(1)</script>规划"),
                                          QStringLiteral("01"), QStringLiteral("2026-03-10"));
        payload.insert(QStringLiteral("validity"), QStringLiteral("有效"));
        payload.insert(QStringLiteral("attachments"),
                       QJsonArray{QJsonObject{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                              {QStringLiteral("name"), QStringLiteral("附件1.pdf")},
                                              {QStringLiteral("size"), 2048}}});
        const PortalItem item = PortalItem::fromPayload(QStringLiteral("id/1"), payload);
        const QString html = QString::fromUtf8(PortalRenderer().itemPage(
            QStringLiteral("柳州市人民政府办公室"), item,
            PortalLinks::forOrganisation(QStringLiteral("/portal/"), QStringLiteral("gx-lz-gov"))));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;规划")));
        for (const QString &text :
             {QStringLiteral("索引号"), item.indexNumber, QStringLiteral("规章和规范性文件"),
              QStringLiteral("2026-03-02"), QStringLiteral("2026-03-10"), QStringLiteral("城乡建设；计划"),
              QStringLiteral("有效性"), QStringLiteral("<p>第一段。</p>"), QStringLiteral("<p>第二段。</p>"),
              QStringLiteral("附件1.pdf"),
              QStringLiteral("/portal/gx-lz-gov/item/id%2F1/files/") + QString(64, QLatin1Char('a')),
              QStringLiteral("/portal/gx-lz-gov/style.css")})
            QVERIFY2(html.contains(text), qPrintable(text));
    }

    void columnsArePaged()
    {
        const PortalSite site = siteWith(PortalRenderer::PageSize + 3, QStringLiteral("03"));
        const PortalLinks links
            = PortalLinks::forOrganisation(QStringLiteral("/portal/"), site.organisationId);
        const PortalRenderer renderer;
        const auto first = renderer.columnPage(site, links, QStringLiteral("plans"), 1);
        const auto second = renderer.columnPage(site, links, QStringLiteral("plans"), 2);
        QVERIFY(first && second);
        QVERIFY(!renderer.columnPage(site, links, QStringLiteral("plans"), 3));
        QVERIFY(!renderer.columnPage(site, links, QStringLiteral("nonsense"), 1));
        // Newest first: item 22 on page 1, item 0 on page 2 only.
        QVERIFY(QString::fromUtf8(*first).contains(QStringLiteral("计划第22号")));
        QVERIFY(!QString::fromUtf8(*first).contains(QStringLiteral("计划第0号<")));
        QVERIFY(QString::fromUtf8(*second).contains(QStringLiteral("计划第0号<")));
        QVERIFY(QString::fromUtf8(*first).contains(QStringLiteral("/portal/gx-lz-gov/column/plans/?page=2")));
        // Other columns do not list them.
        QVERIFY(!QString::fromUtf8(*renderer.columnPage(site, links, QStringLiteral("policies"), 1))
                     .contains(QStringLiteral("计划第")));
    }

    void reportSectionsAreRenderedGenerically()
    {
        const QJsonObject payload{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("year"), 2026},
            {QStringLiteral("title"), QStringLiteral("2026年政府信息公开工作年度报告")},
            {QStringLiteral("status"), QStringLiteral("published")},
            {QStringLiteral("publishedOn"), QStringLiteral("2027-01-20")},
            {QStringLiteral("sections"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("heading"), QStringLiteral("一、总体情况")},
                             {QStringLiteral("text"), QStringLiteral("甲段\n乙段")}},
                 QJsonObject{
                     {QStringLiteral("heading"), QStringLiteral("三、收到和处理政府信息公开申请情况")},
                     {QStringLiteral("tables"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("columns"),
                           QJsonArray{QStringLiteral("项目"), QStringLiteral("自然人")}},
                          {QStringLiteral("rows"),
                           QJsonArray{QJsonArray{QStringLiteral("本年新收"), QStringLiteral("12")}}}}}}}}}};
        QVERIFY(PortalReport::isPublic(payload));
        PortalSite site = siteWith(0, QStringLiteral("03"));
        site.reports.append(PortalReport::fromPayload(QStringLiteral("r1"), payload));
        const auto html = PortalRenderer().reportPage(
            site, PortalLinks::forOrganisation(QStringLiteral("/portal/"), site.organisationId), 2026);
        QVERIFY(html);
        const QString text = QString::fromUtf8(*html);
        for (const QString &part : {QStringLiteral("<h2>一、总体情况</h2>"), QStringLiteral("<p>乙段</p>"),
                                    QStringLiteral("<th>自然人</th>"), QStringLiteral("<td>12</td>")})
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(!PortalRenderer().reportPage(site, PortalLinks::at(QStringLiteral("/x/")), 2025));
    }

    void feedsListTheLatestItems()
    {
        const PortalSite site = siteWith(PortalFeeds::FeedEntries + 5, QStringLiteral("16"));
        const PortalLinks links = PortalLinks::forOrganisation(
            QStringLiteral("https://gov.example:8443/portal/"), site.organisationId);
        const PortalFeeds feeds;
        const QString atom = QString::fromUtf8(feeds.atom(site, links));
        QCOMPARE(atom.count(QStringLiteral("<entry>")), PortalFeeds::FeedEntries);
        QVERIFY(atom.contains(QStringLiteral("<updated>2026-02-24T00:00:00+08:00</updated>")));
        QVERIFY(atom.contains(QStringLiteral("https://gov.example:8443/portal/gx-lz-gov/item/item-54")));

        const auto page = feeds.itemsJson(site, links, 1);
        QVERIFY(page);
        const QJsonObject json = QJsonDocument::fromJson(*page).object();
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), PortalFeeds::FeedEntries + 5);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), PortalFeeds::JsonPageSize);
        QCOMPARE(json.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("columnName"))
                     .toString(),
                 QStringLiteral("政策解读"));
        QVERIFY(feeds.itemsJson(site, links, 3));
        QVERIFY(!feeds.itemsJson(site, links, 4));
    }
};

QTEST_GUILESS_MAIN(TestPortalRenderer)
#include "tst_portalrenderer.moc"
