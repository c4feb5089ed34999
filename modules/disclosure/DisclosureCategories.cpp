#include "DisclosureCategories.h"

namespace GovDesk::Disclosure {

namespace {

constexpr int First = int(DisclosureCategory::RulesAndNormativeDocuments);
constexpr int Last = int(DisclosureCategory::Personnel);
constexpr int LastOfArticle20 = int(DisclosureCategory::Other);

} // namespace

QList<DisclosureCategory> DisclosureCategories::all()
{
    QList<DisclosureCategory> categories;
    for (int value = First; value <= Last; ++value)
        categories.append(DisclosureCategory(value));
    return categories;
}

QString DisclosureCategories::code(DisclosureCategory category)
{
    return QStringLiteral("%1").arg(int(category), 2, 10, QLatin1Char('0'));
}

std::optional<DisclosureCategory> DisclosureCategories::fromCode(QStringView code)
{
    if (code.size() != 2)
        return std::nullopt;
    bool ok = false;
    const int value = code.toInt(&ok);
    if (!ok || value < First || value > Last || !code.at(0).isDigit())
        return std::nullopt;
    return DisclosureCategory(value);
}

QString DisclosureCategories::name(DisclosureCategory category)
{
    switch (category) {
    case DisclosureCategory::RulesAndNormativeDocuments:
        //: 规章和规范性文件
        return tr("Rules and normative documents");
    case DisclosureCategory::OrganisationAndFunctions:
        //: 机构职能
        return tr("Organisation and functions");
    case DisclosureCategory::Plans:
        //: 规划计划
        return tr("Plans");
    case DisclosureCategory::Statistics:
        //: 统计信息
        return tr("Statistics");
    case DisclosureCategory::AdministrativeLicensing:
        //: 行政许可
        return tr("Administrative licensing");
    case DisclosureCategory::PenaltiesAndEnforcement:
        //: 行政处罚和行政强制
        return tr("Administrative penalties and enforcement");
    case DisclosureCategory::BudgetsAndFinalAccounts:
        //: 财政预决算
        return tr("Budgets and final accounts");
    case DisclosureCategory::Fees:
        //: 行政事业性收费
        return tr("Administrative fees");
    case DisclosureCategory::Procurement:
        //: 政府采购
        return tr("Government procurement");
    case DisclosureCategory::MajorProjects:
        //: 重大建设项目
        return tr("Major construction projects");
    case DisclosureCategory::PublicServices:
        //: 公共服务（扶贫、教育、医疗、社会保障、促进就业）
        return tr("Public services");
    case DisclosureCategory::EmergencyPlans:
        //: 应急管理（应急预案、预警信息及应对情况）
        return tr("Emergency plans and warnings");
    case DisclosureCategory::SupervisionAndInspection:
        //: 监督检查（环境保护、公共卫生、安全生产、食品药品、产品质量）
        return tr("Supervision and inspection");
    case DisclosureCategory::CivilServantRecruitment:
        //: 公务员招考
        return tr("Civil servant recruitment");
    case DisclosureCategory::Other:
        //: 其他
        return tr("Other");
    case DisclosureCategory::PolicyInterpretation:
        //: 政策解读
        return tr("Policy interpretation");
    case DisclosureCategory::Personnel:
        //: 人事信息
        return tr("Personnel");
    }
    return {};
}

QString DisclosureCategories::basis(DisclosureCategory category)
{
    // The regulation's own numbering of the items.
    static const QStringList items
        = QStringLiteral("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五").split(QLatin1Char(' '));
    const int value = int(category);
    if (value < First || value > LastOfArticle20)
        return {};
    //: 《政府信息公开条例》第二十条第（%1）项
    return tr("Art. 20 item (%1) of the 《政府信息公开条例》").arg(items.at(value - 1));
}

} // namespace GovDesk::Disclosure
