#include "AnnualReport.h"

#include "DisclosureCategories.h"

#include <QJsonArray>
#include <QMap>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

const QString Columns[]
    = {QStringLiteral("自然人"),       QStringLiteral("商业企业"),     QStringLiteral("科研机构"),
       QStringLiteral("社会公益组织"), QStringLiteral("法律服务机构"), QStringLiteral("其他")};

QStringList row(const QString &label, const ApplicantCounts &counts)
{
    QStringList cells{label};
    for (ApplicantType type : ApplicantTypes::all())
        cells.append(QString::number(counts.at(type)));
    cells.append(QString::number(counts.total()));
    return cells;
}

QJsonArray toJson(const QList<QStringList> &rows)
{
    QJsonArray array;
    for (const QStringList &cells : rows)
        array.append(QJsonArray::fromStringList(cells));
    return array;
}

QJsonObject table(const QString &caption, const QStringList &columns, const QList<QStringList> &rows)
{
    return {{"caption", caption}, {"columns", QJsonArray::fromStringList(columns)}, {"rows", toJson(rows)}};
}

QJsonObject section(const QString &heading, const QString &text, const QJsonArray &tables = {})
{
    QJsonObject json{{"heading", heading}, {"text", text}};
    if (!tables.isEmpty())
        json.insert("tables", tables);
    return json;
}

// 中文序号 for the sub-rows of 三: （一）…（七）.
QString ordinal(int n)
{
    static const QString numerals[]
        = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
           QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七")};
    return QStringLiteral("（%1）").arg(numerals[n - 1]);
}

bool hasHistoryIn(const QJsonObject &item, const QString &action, int year)
{
    for (const QJsonValue &entry : item.value("history").toArray()) {
        const QJsonObject object = entry.toObject();
        if (object.value("action").toString() == action
            && QDateTime::fromString(object.value("at").toString(), Qt::ISODate).date().year() == year)
            return true;
    }
    return false;
}

} // namespace

int ApplicantCounts::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

ApplicantCounts &ApplicantCounts::operator+=(const ApplicantCounts &other)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += other.counts[i];
    return *this;
}

ApplicantCounts RequestFigures::ofType(ReplyType type) const
{
    if (type == ReplyType::Granted)
        return granted;
    if (type == ReplyType::Partial)
        return partial;
    ApplicantCounts sum;
    for (ReplyReason each : ReplyTypes::reasonsOf(type))
        sum += reason(each);
    return sum;
}

ApplicantCounts RequestFigures::results() const
{
    ApplicantCounts sum;
    for (ReplyType type : ReplyTypes::all())
        sum += ofType(type);
    return sum;
}

RequestFigures AnnualReport::requestFigures(int year, const QList<DisclosureRequest> &requests)
{
    const QDate first(year, 1, 1), last(year, 12, 31);
    RequestFigures figures;
    for (const DisclosureRequest &request : requests) {
        if (!request.receivedOn.isValid() || request.receivedOn > last)
            continue; // next year's
        const std::optional<QDate> repliedOn
            = request.reply ? std::optional<QDate>(request.reply->on) : std::nullopt;
        if (repliedOn && *repliedOn < first)
            continue; // closed in an earlier year
        const ApplicantType column = request.applicantType;
        if (request.receivedOn >= first)
            figures.received.add(column);
        else
            figures.carriedIn.add(column);
        if (!repliedOn || *repliedOn > last) {
            figures.carriedOut.add(column);
            continue;
        }
        const RequestReply &reply = *request.reply;
        switch (reply.type) {
        case ReplyType::Granted:
            figures.granted.add(column);
            break;
        case ReplyType::Partial:
            figures.partial.add(column);
            break;
        default: {
            // Validation requires a reason of the type; the first in the report's order counts.
            QList<ReplyReason> reasons = reply.reasons;
            std::sort(reasons.begin(), reasons.end());
            if (!reasons.isEmpty())
                figures.byReason[std::size_t(reasons.constFirst())].add(column);
            break;
        }
        }
    }
    return figures;
}

ItemFigures AnnualReport::itemFigures(int year, const QList<QJsonObject> &items)
{
    const QString normative = DisclosureCategories::code(DisclosureCategory::RulesAndNormativeDocuments);
    const QDate last(year, 12, 31);
    ItemFigures figures;
    QMap<QString, int> byCategory;
    for (const QJsonObject &item : items) {
        const QString category = item.value("category").toString();
        const QString status = item.value("status").toString();
        const QDate publishedOn = QDate::fromString(item.value("publishedOn").toString(), Qt::ISODate);
        const QDate changedOn = QDate::fromString(item.value("changedOn").toString(), Qt::ISODate);
        const bool published = status == QLatin1String("published") && publishedOn.isValid();
        if (published && publishedOn.year() == year)
            ++byCategory[category];
        if (category != normative)
            continue;
        const QString validity = item.value("validity").toString(QStringLiteral("有效"));
        const bool revised = hasHistoryIn(item, QStringLiteral("update"), year);
        if (revised)
            ++figures.normativeRevised;
        else if (published && publishedOn.year() == year)
            ++figures.normativeMade;
        if (validity != QStringLiteral("有效") && changedOn.isValid() && changedOn.year() == year)
            ++figures.normativeRepealed;
        else if (published && publishedOn <= last && validity == QStringLiteral("有效"))
            ++figures.normativeInForce;
    }
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        figures.publishedByCategory.append({it.key(), it.value()});
        figures.publishedTotal += it.value();
    }
    return figures;
}

Reconciliation AnnualReport::reconcile(const RequestFigures &figures)
{
    Reconciliation result{.received = figures.received.total(),
                          .carriedIn = figures.carriedIn.total(),
                          .results = figures.results().total(),
                          .carriedOut = figures.carriedOut.total()};
    const ApplicantCounts results = figures.results();
    for (ApplicantType type : ApplicantTypes::all()) {
        const int in = figures.received.at(type) + figures.carriedIn.at(type);
        const int out = results.at(type) + figures.carriedOut.at(type);
        if (in != out) {
            result.balanced = false;
            result.problems.append(QStringLiteral("%1：收%2件，办结及结转%3件")
                                       .arg(ApplicantTypes::name(type))
                                       .arg(in)
                                       .arg(out));
        }
    }
    if (result.received + result.carriedIn != result.results + result.carriedOut) {
        result.balanced = false;
        result.problems.append(QStringLiteral("总计：收%1件，办结及结转%2件")
                                   .arg(result.received + result.carriedIn)
                                   .arg(result.results + result.carriedOut));
    }
    return result;
}

QList<QStringList> AnnualReport::requestTableRows(const RequestFigures &figures)
{
    QList<QStringList> rows;
    rows.append(row(QStringLiteral("一、本年新收政府信息公开申请数量"), figures.received));
    rows.append(row(QStringLiteral("二、上年结转政府信息公开申请数量"), figures.carriedIn));
    rows.append(row(QStringLiteral("三、本年度办理结果：%1予以公开").arg(ordinal(1)), figures.granted));
    rows.append(row(QStringLiteral("%1部分公开（区分处理的，只计这一情形，不计其他情形）").arg(ordinal(2)),
                    figures.partial));
    int n = 3;
    for (ReplyType type :
         {ReplyType::Refused, ReplyType::Unavailable, ReplyType::NotProcessed, ReplyType::Other}) {
        const QString heading = ordinal(n++) + ReplyTypes::name(type);
        int item = 1;
        for (ReplyReason reason : ReplyTypes::reasonsOf(type))
            rows.append(
                row(QStringLiteral("%1：%2.%3").arg(heading).arg(item++).arg(ReplyTypes::reasonName(reason)),
                    figures.reason(reason)));
    }
    rows.append(row(ordinal(7) + QStringLiteral("总计"), figures.results()));
    rows.append(row(QStringLiteral("四、结转下年度继续办理"), figures.carriedOut));
    return rows;
}

QString AnnualReport::title(const QString &organisation, int year)
{
    return QStringLiteral("%1%2年政府信息公开工作年度报告").arg(organisation).arg(year);
}

Core::Result<QJsonObject> AnnualReport::payload(const AnnualReportInput &input)
{
    if (input.year < 2008 || input.year > 2100)
        //: 年度 %1 无效。
        return fail(ErrorCode::InvalidArgument, tr("%1 is not a year of a report.").arg(input.year), "year");
    if (input.organisation.trimmed().isEmpty())
        //: 报告机关不能为空。
        return fail(ErrorCode::InvalidArgument, tr("The organisation reporting is missing."), "organisation");
    const RequestFigures requests = requestFigures(input.year, input.requests);
    const Reconciliation check = reconcile(requests);
    const ItemFigures items = itemFigures(input.year, input.items);

    QJsonArray sections;
    sections.append(
        section(QStringLiteral("一、总体情况"),
                input.texts.overview.isEmpty()
                    ? QStringLiteral("%1年，%2认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开"
                                     "政府信息%3条，收到政府信息公开申请%4件。")
                          .arg(input.year)
                          .arg(input.organisation)
                          .arg(items.publishedTotal)
                          .arg(check.received)
                    : input.texts.overview));

    QList<QStringList> categoryRows;
    for (const auto &[code, count] : items.publishedByCategory) {
        const auto category = DisclosureCategories::fromCode(code);
        categoryRows.append(
            {category ? DisclosureCategories::name(*category) : code, QString::number(count)});
    }
    categoryRows.append({QStringLiteral("合计"), QString::number(items.publishedTotal)});
    sections.append(section(
        QStringLiteral("二、主动公开政府信息情况"), QString(),
        QJsonArray{
            table(QStringLiteral("第二十条第（一）项"),
                  {QStringLiteral("信息内容"), QStringLiteral("本年制发件数"), QStringLiteral("本年修订件数"),
                   QStringLiteral("本年废止件数"), QStringLiteral("现行有效件数")},
                  {{QStringLiteral("规章和行政规范性文件"), QString::number(items.normativeMade),
                    QString::number(items.normativeRevised), QString::number(items.normativeRepealed),
                    QString::number(items.normativeInForce)}}),
            table(QStringLiteral("本年主动公开政府信息（按类别）"),
                  {QStringLiteral("类别"), QStringLiteral("本年公开数量")}, categoryRows)}));

    const QString totals = QStringLiteral("本年新收政府信息公开申请%1件，上年结转%2件，共%"
                                          "3件；本年度办理完毕%4件，结转下年度继续办理%5件。")
                               .arg(check.received)
                               .arg(check.carriedIn)
                               .arg(check.received + check.carriedIn)
                               .arg(check.results)
                               .arg(check.carriedOut);
    const QString verdict
        = check.balanced
              ? QStringLiteral("每件申请只计算一次，收、办、结转数据核对一致。")
              : QStringLiteral("数据核对不一致：%1。").arg(check.problems.join(QStringLiteral("；")));
    QStringList columns{QStringLiteral("申请人情况")};
    for (const QString &column : Columns)
        columns.append(column);
    columns.append(QStringLiteral("总计"));
    sections.append(section(QStringLiteral("三、收到和处理政府信息公开申请情况"), totals + verdict,
                            QJsonArray{table(QStringLiteral("收到和处理政府信息公开申请情况"), columns,
                                             requestTableRows(requests))}));

    const auto outcomeRow = [](const QString &label, const ReviewOutcomes &outcomes) {
        return QStringList{label,
                           QString::number(outcomes.upheld),
                           QString::number(outcomes.corrected),
                           QString::number(outcomes.other),
                           QString::number(outcomes.pending),
                           QString::number(outcomes.total())};
    };
    const ReviewLitigation &cases = input.reviewLitigation;
    sections.append(
        section(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"), QString(),
                QJsonArray{table(
                    QStringLiteral("政府信息公开行政复议、行政诉讼情况"),
                    {QStringLiteral("类别"), QStringLiteral("结果维持"), QStringLiteral("结果纠正"),
                     QStringLiteral("其他结果"), QStringLiteral("尚未审结"), QStringLiteral("总计")},
                    {outcomeRow(QStringLiteral("行政复议"), cases.review),
                     outcomeRow(QStringLiteral("行政诉讼（未经复议直接起诉）"), cases.litigationDirect),
                     outcomeRow(QStringLiteral("行政诉讼（复议后起诉）"), cases.litigationAfterReview)})}));
    sections.append(section(QStringLiteral("五、存在的主要问题及改进情况"), input.texts.problems.isEmpty()
                                                                                ? QStringLiteral("（待填写）")
                                                                                : input.texts.problems));
    sections.append(section(QStringLiteral("六、其他需要报告的事项"),
                            input.texts.other.isEmpty() ? QStringLiteral("本年度无其他需要报告的事项。")
                                                        : input.texts.other));
    return QJsonObject{{"schema", 1},
                       {"year", input.year},
                       {"title", title(input.organisation, input.year)},
                       {"status", "draft"},
                       {"sections", sections}};
}

} // namespace GovDesk::Disclosure
