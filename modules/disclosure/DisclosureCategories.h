// DisclosureCategories: the categories of proactively disclosed information (主动公开), after Art. 20
// of the 2019 《政府信息公开条例》 plus 政策解读 and 人事信息 (columns every 政府信息公开 site has), each
// with a two-digit code that never changes: it is written into 索引号 and stored in records.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Disclosure {

// Values are the codes; 01–15 follow the items of Art. 20 in order. Never renumber.
enum class DisclosureCategory {
    RulesAndNormativeDocuments = 1, // (一) 行政法规、规章和规范性文件
    OrganisationAndFunctions,       // (二) 机关职能、机构设置、办公地址 …
    Plans,                          // (三) 规划计划
    Statistics,                     // (四) 统计信息
    AdministrativeLicensing,        // (五) 行政许可和其他对外管理服务事项
    PenaltiesAndEnforcement,        // (六) 行政处罚、行政强制
    BudgetsAndFinalAccounts,        // (七) 财政预算、决算
    Fees,                           // (八) 行政事业性收费
    Procurement,                    // (九) 政府集中采购
    MajorProjects,                  // (十) 重大建设项目
    PublicServices,                 // (十一) 扶贫、教育、医疗、社会保障、促进就业
    EmergencyPlans, // (十二) 突发公共事件的应急预案、预警信息及应对情况
    SupervisionAndInspection, // (十三) 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查
    CivilServantRecruitment, // (十四) 公务员招考
    Other,                   // (十五) 其他
    PolicyInterpretation,    // 政策解读
    Personnel,               // 人事信息 (任免)
};

class DisclosureCategories
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosureCategories)
public:
    [[nodiscard]] static QList<DisclosureCategory> all();
    [[nodiscard]] static QString code(DisclosureCategory category); // "01" … "17"
    [[nodiscard]] static std::optional<DisclosureCategory> fromCode(QStringView code);
    [[nodiscard]] static QString name(DisclosureCategory category);
    // Where the regulation names it, e.g. 第二十条第（七）项; empty for the two that are not in Art. 20.
    [[nodiscard]] static QString basis(DisclosureCategory category);
};

} // namespace GovDesk::Disclosure
