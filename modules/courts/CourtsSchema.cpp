#include "CourtsSchema.h"

#include "CaseNumber.h"
#include "import/DatasetRows.h"
#include "store/Database.h"

#include <QDate>

namespace GovDesk::Courts {

using Core::ImportField;
using Core::ImportFieldType;
using Core::RowRefusal;

namespace {

// A case-management export writes yes/no as 是/否, Y/N, 1/0 or true/false (JSON).
const QString YesNoPattern = QStringLiteral("是|否|[YyNn]|1|0|(?i:true|false)");

ImportField text(QString key, QString label, QStringList headers, bool required = true)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .required = required,
            .headers = std::move(headers)};
}

ImportField whole(QString key, QString label, double minimum, double maximum, QStringList headers,
                  bool required = false)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .type = ImportFieldType::Integer,
            .required = required,
            .minimum = minimum,
            .maximum = maximum,
            .headers = std::move(headers)};
}

ImportField amount(QString key, QString label, QStringList headers)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .type = ImportFieldType::Decimal,
            .required = false,
            .minimum = 0,
            .maximum = 1e13, // 元: above any execution case's amount
            .headers = std::move(headers)};
}

ImportField date(QString key, QString label, QStringList headers, bool required = true)
{
    return {.key = std::move(key),
            .label = std::move(label),
            .type = ImportFieldType::Date,
            .required = required,
            .headers = std::move(headers)};
}

ImportField yesNo(QString key, QString label, QStringList headers)
{
    ImportField field = text(std::move(key), std::move(label), std::move(headers), false);
    field.pattern = YesNoPattern;
    //: Hint for a bad yes/no cell: 是 或 否
    field.patternHint = CourtsSchema::tr("是 or 否");
    return field;
}

ImportField oneOf(QString key, QString label, QStringList headers, const QStringList &words)
{
    ImportField field = text(std::move(key), std::move(label), std::move(headers), false);
    field.pattern = words.join(QLatin1Char('|'));
    field.patternHint = words.join(QStringLiteral("、"));
    return field;
}

// 案号 checked part by part; written back canonical (full-width parentheses, no spaces), so that
// 「(2024)琼01民初1号」 and 「（2024）琼01民初1号」 are one key.
ImportField caseNumber()
{
    //: Column of a case file: 案号
    ImportField field = text(QStringLiteral("case_number"), CourtsSchema::tr("Case number"),
                             {QStringLiteral("案号"), QStringLiteral("案件号"), QStringLiteral("case number"),
                              QStringLiteral("caseNo")});
    field.check = [](QVariant &value) {
        auto parsed = CaseNumbers::parse(value.toString());
        if (!parsed)
            return parsed.error().message;
        value = parsed->toString();
        return QString();
    };
    return field;
}

ImportField courtCode()
{
    //: Column of the court directory: 法院代字
    ImportField field
        = text(QStringLiteral("code"), CourtsSchema::tr("Court code"),
               {QStringLiteral("法院代字"), QStringLiteral("代字"), QStringLiteral("court code")});
    field.check = [](QVariant &value) {
        if (CaseNumbers::levelOf(value.toString()))
            return QString();
        //: 「%1」不是有效的法院代字（如 琼、琼01、琼0105）。
        return CourtsSchema::tr("「%1」 is not a court code (such as 琼, 琼01, 琼0105).")
            .arg(value.toString());
    };
    return field;
}

QString migrationSql()
{
    // Dates are ISO text (yyyy-MM-dd), which sorts as dates do; yes/no are 0/1. A court's cases
    // over a period are a range of (court, filed_on); a case's events are a prefix of the key.
    return QStringLiteral(R"(
CREATE TABLE courts_cases (
    case_number TEXT PRIMARY KEY, court TEXT NOT NULL, filed_on TEXT NOT NULL, closed_on TEXT,
    limit_months INTEGER NOT NULL, extension_months INTEGER NOT NULL DEFAULT 0,
    deducted_days INTEGER NOT NULL DEFAULT 0, closing TEXT, appealed INTEGER NOT NULL DEFAULT 0,
    retrial_sought INTEGER NOT NULL DEFAULT 0, appeal_outcome TEXT, execution_applied REAL NOT NULL DEFAULT 0,
    execution_recovered REAL NOT NULL DEFAULT 0, fields_complete INTEGER NOT NULL DEFAULT 1,
    electronic_file INTEGER NOT NULL DEFAULT 0, publishable INTEGER NOT NULL DEFAULT 0,
    published INTEGER NOT NULL DEFAULT 0, dataset_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX courts_cases_court ON courts_cases(court, filed_on);
CREATE INDEX courts_cases_dataset ON courts_cases(dataset_id);
CREATE TABLE courts_events (
    case_number TEXT NOT NULL, kind TEXT NOT NULL, occurred_on TEXT NOT NULL, entered_on TEXT,
    dataset_id TEXT NOT NULL, PRIMARY KEY (case_number, kind, occurred_on)) WITHOUT ROWID;
CREATE INDEX courts_events_dataset ON courts_events(dataset_id);
CREATE TABLE courts_courts (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, dataset_id TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX courts_courts_dataset ON courts_courts(dataset_id);
)");
}

QString columnsOf(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Cases:
        return QStringLiteral(
            "case_number, filed_on, closed_on, limit_months, extension_months, deducted_days, closing, "
            "appealed, retrial_sought, appeal_outcome, execution_applied, execution_recovered, "
            "fields_complete, electronic_file, publishable, published, court");
    case DatasetKind::Events:
        return QStringLiteral("case_number, kind, occurred_on, entered_on");
    case DatasetKind::Courts:
        return QStringLiteral("code, name");
    }
    return {};
}

// Positions of the case schema's fields (importSchema(Cases) order).
enum CaseField {
    Number,
    Filed,
    Closed,
    Limit,
    Extension,
    Deducted,
    Closing,
    Appealed,
    Retrial,
    Outcome,
    Applied,
    Recovered,
    Complete,
    Electronic,
    Publishable,
    Published,
};

std::optional<bool> yes(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    return text == QStringLiteral("是") || text.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
           || text == QLatin1String("1") || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<RowRefusal> checkCase(const QVariantList &values)
{
    const QDate filed = values.at(Filed).toDate();
    if (!values.at(Closed).isNull() && values.at(Closed).toDate() < filed)
        //: 结案日期早于立案日期（%1）
        return RowRefusal{QStringLiteral("closed_on"),
                          CourtsSchema::tr("The closing date is before the filing "
                                           "date (%1).")
                              .arg(filed.toString(Qt::ISODate))};
    if (!values.at(Closing).isNull() && values.at(Closed).isNull())
        //: 有结案方式但没有结案日期
        return RowRefusal{QStringLiteral("closing"),
                          CourtsSchema::tr("A closing method is given but no closing date.")};
    if (!values.at(Outcome).isNull() && !yes(values.at(Appealed)).value_or(false))
        //: 有二审结果但未注明上诉
        return RowRefusal{QStringLiteral("appeal_outcome"),
                          CourtsSchema::tr("A second-instance outcome is given but the case is not marked as "
                                           "appealed.")};
    if (!values.at(Published).isNull() && yes(values.at(Published)).value_or(false)
        && !yes(values.at(Publishable)).value_or(false))
        //: 文书已上网，但未标为应公开文书
        return RowRefusal{QStringLiteral("published"),
                          CourtsSchema::tr("The judgment is marked as published but not as one to publish.")};
    return std::nullopt;
}

std::optional<RowRefusal> checkEvent(const QVariantList &values)
{
    // Entered before it happened: a typing error (an empty 录入日期 is an event never entered).
    if (!values.at(3).isNull() && values.at(3).toDate() < values.at(2).toDate())
        //: 录入日期早于发生日期（%1）
        return RowRefusal{QStringLiteral("entered_on"),
                          CourtsSchema::tr("The entry date is before the date it "
                                           "happened (%1).")
                              .arg(values.at(2).toDate().toString(Qt::ISODate))};
    return std::nullopt;
}

} // namespace

QStringList CourtsSchema::closingWords()
{
    return {QStringLiteral("判决"), QStringLiteral("调解"), QStringLiteral("撤诉"), QStringLiteral("驳回"),
            QStringLiteral("裁定"), QStringLiteral("移送"), QStringLiteral("终结"), QStringLiteral("其他")};
}

QStringList CourtsSchema::appealOutcomeWords()
{
    return {QStringLiteral("维持"), QStringLiteral("改判"), QStringLiteral("发回重审"),
            QStringLiteral("调撤")};
}

QList<Core::Migration> CourtsSchema::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("courts: cases, events, court directory"),
             .sql = migrationSql()}};
}

QList<DatasetKind> CourtsSchema::kinds()
{
    return {DatasetKind::Cases, DatasetKind::Events, DatasetKind::Courts};
}

QString CourtsSchema::kindCode(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Cases:
        return QStringLiteral("CASES");
    case DatasetKind::Events:
        return QStringLiteral("CASE_EVENTS");
    case DatasetKind::Courts:
        return QStringLiteral("COURTS");
    }
    return {};
}

std::optional<DatasetKind> CourtsSchema::kindFromCode(const QString &code)
{
    for (DatasetKind kind : kinds()) {
        if (kindCode(kind).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString CourtsSchema::kindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Cases:
        //: 案件 (CASES)
        return tr("Cases (CASES)");
    case DatasetKind::Events:
        //: 案件节点 (CASE_EVENTS)
        return tr("Case events (CASE_EVENTS)");
    case DatasetKind::Courts:
        //: 法院名录 (COURTS)
        return tr("Court directory (COURTS)");
    }
    return {};
}

QString CourtsSchema::tableName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Cases:
        return QStringLiteral("courts_cases");
    case DatasetKind::Events:
        return QStringLiteral("courts_events");
    case DatasetKind::Courts:
        return QStringLiteral("courts_courts");
    }
    return {};
}

Core::ImportSchema CourtsSchema::importSchema(DatasetKind kind)
{
    Core::ImportSchema schema;
    switch (kind) {
    case DatasetKind::Cases:
        // In CaseField order.
        schema.fields = {
            caseNumber(),
            //: 立案日期
            date(QStringLiteral("filed_on"), tr("Filing date"),
                 {QStringLiteral("立案日期"), QStringLiteral("收案日期"), QStringLiteral("filing date")}),
            //: 结案日期
            date(QStringLiteral("closed_on"), tr("Closing date"),
                 {QStringLiteral("结案日期"), QStringLiteral("closing date")}, false),
            //: 审限（月）
            whole(QStringLiteral("limit_months"), tr("Time limit (months)"), 1, 60,
                  {QStringLiteral("审限（月）"), QStringLiteral("审限(月)"), QStringLiteral("审限"),
                   QStringLiteral("法定审限"), QStringLiteral("limit months")},
                  true),
            //: 延长审限（月）
            whole(QStringLiteral("extension_months"), tr("Extension (months)"), 0, 60,
                  {QStringLiteral("延长审限（月）"), QStringLiteral("延长审限(月)"),
                   QStringLiteral("延长审限"), QStringLiteral("extension months")}),
            //: 扣除审限天数
            whole(QStringLiteral("deducted_days"), tr("Deducted days"), 0, 3650,
                  {QStringLiteral("扣除审限天数"), QStringLiteral("扣除审限"),
                   QStringLiteral("deducted days")}),
            //: 结案方式
            oneOf(QStringLiteral("closing"), tr("Closing method"),
                  {QStringLiteral("结案方式"), QStringLiteral("closing method")}, closingWords()),
            //: 是否上诉
            yesNo(QStringLiteral("appealed"), tr("Appealed"),
                  {QStringLiteral("是否上诉"), QStringLiteral("上诉")}),
            //: 是否申请再审
            yesNo(QStringLiteral("retrial_sought"), tr("Retrial sought"),
                  {QStringLiteral("是否申请再审"), QStringLiteral("申请再审"),
                   QStringLiteral("retrial sought")}),
            //: 二审结果
            oneOf(QStringLiteral("appeal_outcome"), tr("Appeal outcome"),
                  {QStringLiteral("二审结果"), QStringLiteral("appeal outcome")}, appealOutcomeWords()),
            //: 申请执行金额（元）
            amount(QStringLiteral("execution_applied"), tr("Amount applied for (yuan)"),
                   {QStringLiteral("申请执行金额"), QStringLiteral("申请执行标的"),
                    QStringLiteral("amount applied")}),
            //: 执行到位金额（元）
            amount(QStringLiteral("execution_recovered"), tr("Amount recovered (yuan)"),
                   {QStringLiteral("执行到位金额"), QStringLiteral("到位金额"),
                    QStringLiteral("amount recovered")}),
            //: 必填项完整
            yesNo(QStringLiteral("fields_complete"), tr("Mandatory fields complete"),
                  {QStringLiteral("必填项完整"), QStringLiteral("fields complete")}),
            //: 电子卷宗随案生成
            yesNo(QStringLiteral("electronic_file"), tr("Electronic file generated"),
                  {QStringLiteral("电子卷宗随案生成"), QStringLiteral("电子卷宗"),
                   QStringLiteral("electronic file")}),
            //: 应公开文书
            yesNo(
                QStringLiteral("publishable"), tr("Judgment to publish"),
                {QStringLiteral("应公开文书"), QStringLiteral("应上网文书"), QStringLiteral("publishable")}),
            //: 文书已上网
            yesNo(QStringLiteral("published"), tr("Judgment published"),
                  {QStringLiteral("文书已上网"), QStringLiteral("文书上网"), QStringLiteral("published")}),
        };
        schema.keyFields = {QStringLiteral("case_number")};
        schema.rowCheck = checkCase;
        break;
    case DatasetKind::Events:
        schema.fields = {
            caseNumber(),
            //: 节点 (立案, 开庭, 宣判 …)
            text(QStringLiteral("kind"), tr("Step"),
                 {QStringLiteral("节点"), QStringLiteral("节点名称"), QStringLiteral("step"),
                  QStringLiteral("event")}),
            //: 发生日期
            date(QStringLiteral("occurred_on"), tr("Date it happened"),
                 {QStringLiteral("发生日期"), QStringLiteral("节点日期"), QStringLiteral("occurred on")}),
            //: 录入日期
            date(QStringLiteral("entered_on"), tr("Entry date"),
                 {QStringLiteral("录入日期"), QStringLiteral("录入时间"), QStringLiteral("entered on")},
                 false),
        };
        schema.keyFields
            = {QStringLiteral("case_number"), QStringLiteral("kind"), QStringLiteral("occurred_on")};
        schema.rowCheck = checkEvent;
        break;
    case DatasetKind::Courts:
        schema.fields = {
            courtCode(),
            //: 法院名称
            text(QStringLiteral("name"), tr("Court name"),
                 {QStringLiteral("法院名称"), QStringLiteral("法院"), QStringLiteral("court name")}),
        };
        schema.keyFields = {QStringLiteral("code")};
        break;
    }
    return schema;
}

Core::RowCheck CourtsSchema::references(Core::Database &db, DatasetKind kind)
{
    if (kind != DatasetKind::Events)
        return {};
    return [&db](const QVariantList &values) -> std::optional<RowRefusal> {
        auto statement
            = db.prepareCached(QStringLiteral("SELECT 1 FROM main.courts_cases WHERE case_number = ?"));
        if (!statement)
            return RowRefusal{QStringLiteral("case_number"), statement.error().message};
        statement->bind(1, values.at(0).toString());
        auto found = statement->step();
        const bool known = found && *found;
        statement->reset();
        if (!found)
            return RowRefusal{QStringLiteral("case_number"), found.error().message};
        if (known)
            return std::nullopt;
        //: 没有案号为「%1」的案件：先导入其案件
        return RowRefusal{QStringLiteral("case_number"),
                          tr("There is no case 「%1」: import its case first.").arg(values.at(0).toString())};
    };
}

Core::Result<> CourtsSchema::removeRows(Core::Database &db, const QString &datasetId)
{
    QStringList tables;
    for (DatasetKind kind : kinds())
        tables << tableName(kind);
    return Core::DatasetRows::remove(db, tables, datasetId);
}

RowWriter::RowWriter(Core::Database &db, DatasetKind kind, QString datasetId)
    : m_db(db)
    , m_kind(kind)
    , m_datasetId(std::move(datasetId))
    , m_sql(Core::DatasetRows::insertSql(CourtsSchema::tableName(kind), columnsOf(kind)))
{
}

Core::Result<> RowWriter::write(const QVariantList &values)
{
    auto statement = m_db.prepareCached(m_sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool flag = m_kind == DatasetKind::Cases
                          && (i == Appealed || i == Retrial || (i >= Complete && i <= Published));
        if (flag)
            // Absent: the usual case — fields complete, nothing else happened.
            statement->bind(index, int(yes(value).value_or(i == Complete)));
        else if (m_kind == DatasetKind::Cases && value.isNull() && (i == Extension || i == Deducted))
            statement->bind(index, 0);
        else if (m_kind == DatasetKind::Cases && value.isNull() && (i == Applied || i == Recovered))
            statement->bind(index, 0.0);
        else
            Core::DatasetRows::bindCell(*statement, index, value);
        ++index;
    }
    if (m_kind == DatasetKind::Cases) {
        // The court is the 案号's: checked and canonical by now.
        statement->bind(index++,
                        CaseNumbers::parse(values.at(Number).toString()).value_or(CaseNumber{}).court);
    }
    statement->bind(index, m_datasetId);
    return statement->exec();
}

} // namespace GovDesk::Courts
