#include "ForestrySchemas.h"

namespace GovDesk::Forestry {

using Core::ImportField;
using Core::ImportFieldType;
using Core::ImportSchema;

namespace {

// Above any county: the largest are some 20 million ha, 3×10⁸ 亩 — a figure past this is a typo
// or a unit mix-up (m² for 公顷), never data.
constexpr double MaxArea = 3.0e8;

ImportField countyField()
{
    //: 县（市、区）
    return {.key = QStringLiteral("county"),
            .label = DatasetKinds::tr("County"),
            .pattern = QStringLiteral(".{1,40}"),
            //: 1 到 40 个字符
            .patternHint = DatasetKinds::tr("1 to 40 characters"),
            .headers = {QStringLiteral("县"), QStringLiteral("县（市、区）"), QStringLiteral("县(市、区)"),
                        QStringLiteral("县区"), QStringLiteral("行政区")}};
}

ImportField yearField()
{
    //: 年度
    return {.key = QStringLiteral("year"),
            .label = DatasetKinds::tr("Year"),
            .type = ImportFieldType::Integer,
            .minimum = 1949,
            .maximum = 2100,
            .headers = {QStringLiteral("年度"), QStringLiteral("年份")}};
}

ImportField areaField(const QString &key, const QString &label, const QStringList &headers,
                      bool required = true)
{
    return {.key = key,
            .label = label,
            .type = ImportFieldType::Decimal,
            .required = required,
            .minimum = 0,
            .maximum = MaxArea,
            .headers = headers};
}

ImportField unitColumn()
{
    //: 面积单位
    return {.key = QStringLiteral("unit"),
            .label = DatasetKinds::tr("Area unit"),
            .required = false,
            .pattern = QStringLiteral("公顷|亩|ha|HA|Ha|mu|hm2|hm²"),
            //: 公顷或亩
            .patternHint = DatasetKinds::tr("公顷 or 亩"),
            .headers = {QStringLiteral("单位"), QStringLiteral("面积单位")}};
}

ImportField dateField(const QString &key, const QString &label, const QStringList &headers,
                      bool required = true)
{
    return {
        .key = key, .label = label, .type = ImportFieldType::Date, .required = required, .headers = headers};
}

} // namespace

QList<DatasetKind> DatasetKinds::all()
{
    return {DatasetKind::Indicators, DatasetKind::Afforestation, DatasetKind::FireRisk,
            DatasetKind::FireIncidents, DatasetKind::Pests};
}

QString DatasetKinds::code(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Indicators:
        return QStringLiteral("FOREST_INDICATOR");
    case DatasetKind::Afforestation:
        return QStringLiteral("AFFORESTATION");
    case DatasetKind::FireRisk:
        return QStringLiteral("FIRE_RISK");
    case DatasetKind::FireIncidents:
        return QStringLiteral("FIRE_INCIDENT");
    case DatasetKind::Pests:
        return QStringLiteral("PEST");
    }
    return {};
}

std::optional<DatasetKind> DatasetKinds::fromCode(const QString &code)
{
    for (DatasetKind kind : all()) {
        if (DatasetKinds::code(kind).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString DatasetKinds::name(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Indicators:
        //: 森林资源主要指标
        return tr("Forest resource indicators");
    case DatasetKind::Afforestation:
        //: 营造林计划与完成
        return tr("Afforestation plan and progress");
    case DatasetKind::FireRisk:
        //: 森林火险等级
        return tr("Forest fire danger");
    case DatasetKind::FireIncidents:
        //: 森林火灾
        return tr("Forest fires");
    case DatasetKind::Pests:
        //: 林业有害生物
        return tr("Forest pests");
    }
    return {};
}

ImportSchema DatasetKinds::schema(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Indicators:
        return {.fields
                = {countyField(),
                   yearField(),
                   //: 国土面积
                   areaField(QStringLiteral("landArea"), tr("Land area"), {QStringLiteral("国土面积")}),
                   //: 林地面积
                   areaField(QStringLiteral("forestLandArea"), tr("Forest land area"),
                             {QStringLiteral("林地面积")}),
                   //: 森林面积
                   areaField(QStringLiteral("forestArea"), tr("Forest area"), {QStringLiteral("森林面积")}),
                   //: 森林蓄积量（立方米）
                   {.key = QStringLiteral("stock"),
                    .label = tr("Growing stock (m³)"),
                    .type = ImportFieldType::Decimal,
                    .minimum = 0,
                    .maximum = 1.0e10,
                    .headers = {QStringLiteral("森林蓄积量"), QStringLiteral("森林蓄积量（立方米）"),
                                QStringLiteral("森林蓄积"), QStringLiteral("蓄积量")}},
                   unitColumn()},
                .keyFields = {QStringLiteral("county"), QStringLiteral("year")}};
    case DatasetKind::Afforestation:
        return {
            .fields
            = {countyField(),
               yearField(),
               //: 造林类型
               {.key = QStringLiteral("type"),
                .label = tr("Afforestation type"),
                .pattern = QStringLiteral("人工造林|飞播造林|封山育林|封山[（(]沙[）)]育林|封沙育林|"
                                          "退化林修复|人工更新|退耕还林"),
                //: 人工造林、飞播造林、封山（沙）育林、退化林修复、人工更新或退耕还林
                .patternHint = tr("人工造林, 飞播造林, 封山（沙）育林, 退化林修复, 人工更新 or 退耕还林"),
                .headers
                = {QStringLiteral("造林类型"), QStringLiteral("类型"), QStringLiteral("营造林方式")}},
               //: 计划任务
               areaField(QStringLiteral("planned"), tr("Planned area"),
                         {QStringLiteral("计划任务"), QStringLiteral("计划面积"), QStringLiteral("计划")}),
               //: 完成面积
               areaField(QStringLiteral("completed"), tr("Completed area"),
                         {QStringLiteral("完成面积"), QStringLiteral("已完成"), QStringLiteral("完成")}),
               //: 作业开始
               dateField(QStringLiteral("seasonStart"), tr("Season start"),
                         {QStringLiteral("作业开始"), QStringLiteral("开始日期")}),
               //: 作业结束
               dateField(QStringLiteral("seasonEnd"), tr("Season end"),
                         {QStringLiteral("作业结束"), QStringLiteral("结束日期")}),
               //: 统计截至
               dateField(
                   QStringLiteral("reportedOn"), tr("Reported on"),
                   {QStringLiteral("统计截至"), QStringLiteral("截至日期"), QStringLiteral("填报日期")}),
               //: 成活率（%）
               {.key = QStringLiteral("survival"),
                .label = tr("Survival rate (%)"),
                .type = ImportFieldType::Decimal,
                .required = false,
                .minimum = 0,
                .maximum = 100,
                .headers = {QStringLiteral("成活率"), QStringLiteral("成活率（%）")}},
               unitColumn()},
            .keyFields = {QStringLiteral("county"), QStringLiteral("year"), QStringLiteral("type")}};
    case DatasetKind::FireRisk:
        return {.fields = {countyField(),
                           //: 区域（林区、乡镇）
                           {.key = QStringLiteral("area"),
                            .label = tr("Area"),
                            .pattern = QStringLiteral(".{1,40}"),
                            .patternHint = tr("1 to 40 characters"),
                            .headers = {QStringLiteral("区域"), QStringLiteral("林区"),
                                        QStringLiteral("乡镇"), QStringLiteral("预报区域")}},
                           //: 日期
                           dateField(QStringLiteral("day"), tr("Date"),
                                     {QStringLiteral("日期"), QStringLiteral("预报日期")}),
                           //: 火险等级
                           {.key = QStringLiteral("level"),
                            .label = tr("Fire danger level"),
                            .type = ImportFieldType::Integer,
                            .minimum = 1,
                            .maximum = 5,
                            .headers = {QStringLiteral("火险等级"), QStringLiteral("森林火险等级")}}},
                .keyFields = {QStringLiteral("county"), QStringLiteral("area"), QStringLiteral("day")}};
    case DatasetKind::FireIncidents:
        return {.fields = {//: 火灾编号
                           {.key = QStringLiteral("id"), .label = tr("Fire number"),
                            .pattern = QStringLiteral("[0-9A-Za-z-]{1,32}"),
                            //: 1 到 32 位字母、数字或连字符
                            .patternHint = tr("1 to 32 letters, digits or hyphens"),
                            .headers = {QStringLiteral("火灾编号"), QStringLiteral("编号")}},
                           countyField(),
                           //: 起火地点
                           {.key = QStringLiteral("place"), .label = tr("Place"),
                            .headers = {QStringLiteral("起火地点"), QStringLiteral("地点")}},
                           //: 起火时间
                           {.key = QStringLiteral("startedAt"), .label = tr("Started at"),
                            .type = ImportFieldType::DateTime, .headers = {QStringLiteral("起火时间")}},
                           //: 起火原因
                           {.key = QStringLiteral("cause"), .label = tr("Cause"), .required = false,
                            .headers = {QStringLiteral("起火原因"), QStringLiteral("火因")}},
                           //: 过火面积
                           areaField(QStringLiteral("burned"), tr("Burned area"), {QStringLiteral("过火面积")}),
                           //: 受害森林面积
                           areaField(QStringLiteral("damaged"), tr("Damaged forest area"),
                                     {QStringLiteral("受害森林面积")}),
                           //: 死亡人数
                           {.key = QStringLiteral("deaths"), .label = tr("Deaths"), .type = ImportFieldType::Integer,
                            .required = false, .minimum = 0, .maximum = 10000,
                            .headers = {QStringLiteral("死亡人数"), QStringLiteral("死亡")}},
                           //: 重伤人数
                           {.key = QStringLiteral("injuries"), .label = tr("Serious injuries"),
                            .type = ImportFieldType::Integer, .required = false, .minimum = 0, .maximum = 10000,
                            .headers = {QStringLiteral("重伤人数"), QStringLiteral("重伤")}},
                           unitColumn()},
                .keyFields = {QStringLiteral("id")}};
    case DatasetKind::Pests:
        return {
            .fields
            = {countyField(),
               //: 有害生物种类
               {.key = QStringLiteral("species"),
                .label = tr("Pest species"),
                .pattern = QStringLiteral(".{1,40}"),
                .patternHint = tr("1 to 40 characters"),
                .headers = {QStringLiteral("有害生物种类"), QStringLiteral("种类"),
                            QStringLiteral("病虫害名称"), QStringLiteral("有害生物")}},
               //: 统计日期
               dateField(QStringLiteral("reportedOn"), tr("Report date"),
                         {QStringLiteral("统计日期"), QStringLiteral("日期"), QStringLiteral("填报日期")}),
               //: 发生面积
               areaField(QStringLiteral("occurrence"), tr("Affected area"), {QStringLiteral("发生面积")}),
               //: 成灾面积
               areaField(QStringLiteral("disaster"), tr("Damaged area"), {QStringLiteral("成灾面积")}),
               //: 防治面积
               areaField(QStringLiteral("controlled"), tr("Treated area"), {QStringLiteral("防治面积")}),
               //: 无公害防治面积
               areaField(QStringLiteral("pollutionFree"), tr("Pollution-free treated area"),
                         {QStringLiteral("无公害防治面积")}, false),
               unitColumn()},
            .keyFields = {QStringLiteral("county"), QStringLiteral("species"), QStringLiteral("reportedOn")}};
    }
    return {};
}

qsizetype DatasetKinds::unitField(DatasetKind kind)
{
    return kind == DatasetKind::FireRisk ? -1 : schema(kind).indexOf(QStringLiteral("unit"));
}

QList<qsizetype> DatasetKinds::areaFields(DatasetKind kind)
{
    const ImportSchema fields = schema(kind);
    QList<qsizetype> indexes;
    for (const char *key : {"landArea", "forestLandArea", "forestArea", "planned", "completed", "burned",
                            "damaged", "occurrence", "disaster", "controlled", "pollutionFree"}) {
        const qsizetype index = fields.indexOf(QString::fromLatin1(key));
        if (index >= 0)
            indexes.append(index);
    }
    return indexes;
}

} // namespace GovDesk::Forestry
