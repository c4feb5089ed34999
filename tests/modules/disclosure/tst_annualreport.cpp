// Tests the annual report: section 三's table of a generated year of requests recomputed here by a
// second, plain counting over the records' JSON (its own row labels, its own date rules), the
// reconciliation (and that it catches a request counted twice or lost), section 二 from item
// payloads, section 四 as entered, and the disclosure.report payload's shape.
#include "AnnualReport.h"
#include "RequestSamples.h"
#include "RequestsDemoData.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

namespace {

const QStringList ApplicantKeys{"natural_person", "commercial",    "research",
                                "social_welfare", "legal_service", "other"};

// The report's rows by the contract's keys, written out here rather than taken from the code.
const QList<QPair<QString, QString>> ReasonRows{
    {"state_secret", "（三）不予公开：1.属于国家秘密"},
    {"law_prohibited", "（三）不予公开：2.其他法律行政法规禁止公开"},
    {"three_safeties", "（三）不予公开：3.危及“三安全一稳定”"},
    {"third_party_privacy", "（三）不予公开：4.保护第三方合法权益"},
    {"internal_affairs", "（三）不予公开：5.属于三类内部事务信息"},
    {"process_information", "（三）不予公开：6.属于四类过程性信息"},
    {"enforcement_files", "（三）不予公开：7.属于行政执法案卷"},
    {"administrative_query", "（三）不予公开：8.属于行政查询事项"},
    {"not_held", "（四）无法提供：1.本机关不掌握相关政府信息"},
    {"needs_creation", "（四）无法提供：2.没有现成信息需要另行制作"},
    {"unclear_after_correction", "（四）无法提供：3.补正后申请内容仍不明确"},
    {"petition_complaint", "（五）不予处理：1.信访举报投诉类申请"},
    {"repeated", "（五）不予处理：2.重复申请"},
    {"publication", "（五）不予处理：3.要求提供公开出版物"},
    {"excessive_unreasonable", "（五）不予处理：4.无正当理由大量反复申请"},
    {"statistics_request", "（五）不予处理：5.要求行政机关确认或重新出具已获取信息"},
    {"overdue_correction",
     "（六）其他处理：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
    {"fee_unpaid",
     "（六）其他处理：2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
    {"other", "（六）其他处理：3.其他"},
};

// label → counts per applicant key, counted from the payloads with ISO date strings only.
QHash<QString, QHash<QString, int>> countByHand(const QList<DisclosureRequest> &requests, int year)
{
    const QString first = QStringLiteral("%1-01-01").arg(year), last = QStringLiteral("%1-12-31").arg(year);
    QHash<QString, QString> reasonRow;
    for (const auto &[key, label] : ReasonRows)
        reasonRow.insert(key, label);
    QHash<QString, QHash<QString, int>> rows;
    for (const DisclosureRequest &request : requests) {
        const QJsonObject json = request.toJson();
        const QString received = json.value("receivedOn").toString();
        const QString applicant = json.value("applicantType").toString();
        const QJsonObject reply = json.value("reply").toObject();
        const QString repliedOn = reply.value("on").toString(); // "" when open
        if (received > last || (!repliedOn.isEmpty() && repliedOn < first))
            continue;
        ++rows[received >= first ? "一、本年新收政府信息公开申请数量" : "二、上年结转政府信息公开申请数量"]
              [applicant];
        if (repliedOn.isEmpty() || repliedOn > last) {
            ++rows["四、结转下年度继续办理"][applicant];
            continue;
        }
        ++rows["（七）总计"][applicant];
        const QString type = reply.value("type").toString();
        if (type == "granted") {
            ++rows["三、本年度办理结果：（一）予以公开"][applicant];
        } else if (type == "partial") {
            ++rows["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"][applicant];
        } else {
            // The first reason in the report's order.
            QString row;
            for (const auto &[key, label] : ReasonRows) {
                if (row.isEmpty() && reply.value("reasons").toArray().contains(key))
                    row = label;
            }
            ++rows[row][applicant];
        }
    }
    return rows;
}

QJsonObject sectionOf(const QJsonObject &report, const QString &headingStart)
{
    for (const QJsonValue &section : report.value("sections").toArray()) {
        if (section.toObject().value("heading").toString().startsWith(headingStart))
            return section.toObject();
    }
    return {};
}

} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

    QList<DisclosureRequest> m_requests;

private Q_SLOTS:
    void initTestCase()
    {
        // As the year stands on its last day: December 2025's requests partly carried in, the
        // newest of 2026 carried out.
        const auto generated = RequestsDemoData::generate(shippedCalendar(), QDate(2026, 12, 31));
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
        m_requests = *generated;
    }

    void tableRecomputedByHand()
    {
        const auto report = AnnualReport::payload(
            {.year = 2026, .organisation = QStringLiteral("柳州市人民政府办公室"), .requests = m_requests});
        QVERIFY(report);
        const QJsonObject table = sectionOf(*report, "三、").value("tables").toArray().at(0).toObject();
        QCOMPARE(table.value("columns").toArray().size(), 8);
        QCOMPARE(table.value("columns").toArray().at(1).toString(), QStringLiteral("自然人"));
        QCOMPARE(table.value("columns").toArray().at(7).toString(), QStringLiteral("总计"));
        const QJsonArray rows = table.value("rows").toArray();
        QCOMPARE(rows.size(), 2 + 2 + ReasonRows.size() + 1 + 1);

        const auto expected = countByHand(m_requests, 2026);
        QStringList seen;
        for (const QJsonValue &rowValue : rows) {
            const QJsonArray row = rowValue.toArray();
            const QString label = row.at(0).toString();
            seen.append(label);
            int total = 0;
            for (int column = 0; column < 6; ++column) {
                const int count = expected.value(label).value(ApplicantKeys.at(column));
                QCOMPARE(row.at(column + 1).toString().toInt(), count);
                total += count;
            }
            QCOMPARE(row.at(7).toString().toInt(), total);
        }
        // Every label counted by hand is a row of the table.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(seen.contains(it.key()), qPrintable(it.key()));
        // The generated year reaches every applicant column and every row.
        for (const QString &label : seen) {
            if (!label.startsWith("二、"))
                QVERIFY2(expected.contains(label), qPrintable(label));
        }
    }

    void reconciliation()
    {
        const RequestFigures figures = AnnualReport::requestFigures(2026, m_requests);
        const Reconciliation check = AnnualReport::reconcile(figures);
        QVERIFY2(check.balanced, qPrintable(check.problems.join('\n')));
        // Each request counted exactly once: those of the year plus those open at its start.
        int inScope = 0;
        for (const DisclosureRequest &request : m_requests) {
            if (request.receivedOn.year() <= 2026 && !(request.reply && request.reply->on.year() < 2026))
                ++inScope;
        }
        QCOMPARE(check.received + check.carriedIn, inScope);
        QCOMPARE(check.results + check.carriedOut, inScope);
        QVERIFY(check.carriedIn > 0);
        QVERIFY(check.carriedOut > 0);

        // A request lost, or counted twice, is found in its column.
        RequestFigures broken = figures;
        broken.granted.add(ApplicantType::Research);
        const Reconciliation found = AnnualReport::reconcile(broken);
        QVERIFY(!found.balanced);
        QCOMPARE(found.problems.size(), 2); // 科研机构 and the total
        QVERIFY(found.problems.at(0).startsWith(QStringLiteral("科研机构")));

        const auto report = AnnualReport::payload(
            {.year = 2026, .organisation = QStringLiteral("某局"), .requests = m_requests});
        const QString text = sectionOf(*report, "三、").value("text").toString();
        QVERIFY2(text.contains(QStringLiteral("本年新收政府信息公开申请%1件").arg(check.received)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("结转下年度继续办理%1件").arg(check.carriedOut)));
        QVERIFY(text.contains(QStringLiteral("核对一致")));
    }

    void itemsAndHandEnteredFigures()
    {
        const auto item = [](const QString &category, const QString &status, const QString &published,
                             const QString &validity, const QString &changed, bool updated) {
            QJsonObject json{
                {"schema", 1}, {"category", category}, {"status", status}, {"changedOn", changed}};
            if (!published.isEmpty())
                json.insert("publishedOn", published);
            if (!validity.isEmpty())
                json.insert("validity", validity);
            if (updated)
                json.insert("history",
                            QJsonArray{QJsonObject{{"action", "update"}, {"at", "2026-05-03T02:00:00Z"}}});
            return json;
        };
        const QList<QJsonObject> items{
            item("01", "published", "2026-03-10", "有效", "2026-03-02", false), // made, in force
            item("01", "published", "2025-06-10", "有效", "2025-06-01", false), // in force
            item("01", "published", "2026-05-10", "有效", "2026-05-03", true),  // revised, in force
            item("01", "published", "2024-02-10", "废止", "2026-07-01", false), // repealed
            item("01", "draft", "", "有效", "2026-08-01", false),               // nothing
            item("03", "published", "2026-04-01", "", "2026-03-20", false),
            item("03", "withdrawn", "2026-04-02", "", "2026-03-20", false), // never counted
            item("07", "published", "2026-01-20", "", "2026-01-10", false),
        };
        const ItemFigures figures = AnnualReport::itemFigures(2026, items);
        QCOMPARE(figures.normativeMade, 1);
        QCOMPARE(figures.normativeRevised, 1);
        QCOMPARE(figures.normativeRepealed, 1);
        QCOMPARE(figures.normativeInForce, 3);
        QCOMPARE(figures.publishedTotal, 4);
        QCOMPARE(figures.publishedByCategory, (QList<QPair<QString, int>>{{"01", 2}, {"03", 1}, {"07", 1}}));

        ReviewLitigation cases;
        cases.review = {.upheld = 2, .corrected = 1, .other = 0, .pending = 1};
        cases.litigationDirect = {.upheld = 1};
        const auto report = AnnualReport::payload({.year = 2026,
                                                   .organisation = QStringLiteral("某局"),
                                                   .items = items,
                                                   .reviewLitigation = cases});
        QVERIFY(report);
        const QJsonArray reviewRows
            = sectionOf(*report, "四、").value("tables").toArray().at(0).toObject().value("rows").toArray();
        QCOMPARE(reviewRows.at(0).toArray(), (QJsonArray{"行政复议", "2", "1", "0", "1", "4"}));
        QCOMPARE(reviewRows.at(1).toArray().last().toString(), QStringLiteral("1"));
        const QJsonArray normativeRow = sectionOf(*report, "二、")
                                            .value("tables")
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value("rows")
                                            .toArray()
                                            .at(0)
                                            .toArray();
        QCOMPARE(normativeRow, (QJsonArray{"规章和行政规范性文件", "1", "1", "1", "3"}));
    }

    void payloadShape()
    {
        const auto report = AnnualReport::payload({.year = 2026,
                                                   .organisation = QStringLiteral("柳州市人民政府办公室"),
                                                   .requests = m_requests,
                                                   .texts = {.overview = QStringLiteral("第一段\n第二段")}});
        QVERIFY(report);
        QCOMPARE(report->value("schema").toInt(), 1);
        QCOMPARE(report->value("year").toInt(), 2026);
        QCOMPARE(report->value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(report->value("title").toString(),
                 QStringLiteral("柳州市人民政府办公室2026年政府信息公开工作年度报告"));
        QStringList headings;
        for (const QJsonValue &section : report->value("sections").toArray())
            headings.append(section.toObject().value("heading").toString().left(2));
        QCOMPARE(headings, (QStringList{"一、", "二、", "三、", "四、", "五、", "六、"}));
        QCOMPARE(sectionOf(*report, "一、").value("text").toString(), QStringLiteral("第一段\n第二段"));
        QVERIFY(!report->contains("publishedOn"));
        QVERIFY(!AnnualReport::payload({.year = 2026}));
        QVERIFY(!AnnualReport::payload({.year = 1999, .organisation = QStringLiteral("某局")}));
    }
};

QTEST_GUILESS_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
