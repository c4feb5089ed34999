// CaseNumber: a 案号 as the Supreme People's Court fixes it (《最高人民法院关于人民法院案件案号的若干规定》,
// 法〔2015〕137号, with the type codes of 《人民法院案件类型及其代字标准》): （收案年度）+ 法院代字 +
// 类型代字 + 案件编号 + 号, e.g. 「（2014）琼01民初123号」. Parsed, checked (every refusal says which
// part is wrong and why, in Chinese) and written back in the canonical form.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Courts {

// 审判层级 of a court, read from its 代字: 最高法; a province's 高院 (one character, 琼); a 中级法院
// or a specialised court at that level (two digits, 琼01, 京73); a 基层法院 (four digits, 琼0105).
enum class CourtLevel { Supreme, High, Intermediate, Basic };

enum class CaseCategory { Civil, Criminal, Administrative, Execution, Compensation, Other };
// First instance, second instance (终), 审判监督 (申 review of an application, 再 retrial), others.
enum class CaseStage { First, Second, RetrialReview, Retrial, Execution, Other };

struct CaseType
{
    QString code; // 类型代字: 民初, 刑终, 执恢 …
    QString name; // 民事一审案件 …
    CaseCategory category = CaseCategory::Other;
    CaseStage stage = CaseStage::Other;
};

struct CaseNumber
{
    int year = 0;          // 收案年度
    QString court;         // 法院代字: 琼01
    QString type;          // 类型代字: 民初
    int serial = 0;        // 案件编号, from 1
    bool canonical = true; // written as the rules write it (full-width parentheses, no spaces)

    // 「（2014）琼01民初123号」
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool operator==(const CaseNumber &other) const
    {
        return year == other.year && court == other.court && type == other.type && serial == other.serial;
    }
};

class CaseNumbers
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CaseNumbers)
public:
    // Accepts half-width parentheses and spaces as exports often have them (canonical = false);
    // refuses anything else with the part named: 年度, 法院代字, 类型代字, 案件编号 or 「号」.
    [[nodiscard]] static Core::Result<CaseNumber> parse(const QString &text);

    // The 代字 is well formed (最高法, a province's character with 0, 2 or 4 digits).
    [[nodiscard]] static bool isCourtCode(const QString &code);
    [[nodiscard]] static std::optional<CourtLevel> levelOf(const QString &courtCode);
    // The 代字 of the court above (琼0105 → 琼01 → 琼 → 最高法); empty for 最高法.
    [[nodiscard]] static QString parentCode(const QString &courtCode);

    [[nodiscard]] static std::optional<CaseType> type(const QString &code);
    [[nodiscard]] static const QList<CaseType> &types();
};

} // namespace GovDesk::Courts
