// OfficialFonts: the typefaces GB/T 9704-2012 asks for, from what this machine has installed.
//
// Government desktops carry the standard's fonts (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体, 黑体);
// a free Debian desktop does not. Each role takes the first installed family of its list; the
// fallbacks are Noto CJK SC (宋/黑, fonts-noto-cjk) and AR PL UKai CN (楷, fonts-arphic-ukai).
// Debian's only free 仿宋, cwTeX 仿宋體 (fonts-cwtex-fs), covers traditional characters only —
// 关, 发, 国, 办 are missing — so simplified text would mix two typefaces per line; Noto Serif
// CJK SC stands in for 仿宋 instead. Every export says which family each role used.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QString>
#include <QStringList>

namespace GovDesk::Documents {

enum class FontRole {
    IssuerMark, // 发文机关标志: 小标宋, red
    Title,      // 标题: 2号小标宋
    Body,       // 正文, 主送, 署名, 日期: 3号仿宋
    Heading1,   // 「一、」: 3号黑体
    Heading2,   // 「（一）」: 3号楷体
    PageNumber, // 「— 1 —」: 4号宋体 (半角数字)
    Record,     // 版记 (抄送, 印发): 4号仿宋
};

class OfficialFonts
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfficialFonts)
public:
    // 号 sizes in points (GB/T 9704 names sizes by 号).
    static constexpr double SizeNo2 = 22.0; // 二号
    static constexpr double SizeNo3 = 16.0; // 三号
    static constexpr double SizeNo4 = 14.0; // 四号

    // Resolves every role against the installed families (QFontDatabase).
    OfficialFonts();

    // The preferred families of a role, best first.
    [[nodiscard]] static QStringList preferences(FontRole role);
    [[nodiscard]] static double pointSize(FontRole role);

    [[nodiscard]] QString family(FontRole role) const { return m_families.value(role); }
    // The role's face at its size (at `pointSize` instead when given).
    [[nodiscard]] QFont font(FontRole role, double pointSize = 0) const;
    // Whether the role got one of the standard's own fonts, not a fallback.
    [[nodiscard]] bool isStandard(FontRole role) const;
    // Every family a role uses, once.
    [[nodiscard]] QStringList families() const;
    // One line per role: 「正文（仿宋）：Noto Serif CJK SC（替代字体）」.
    [[nodiscard]] QStringList describe() const;

private:
    QHash<FontRole, QString> m_families;
};

} // namespace GovDesk::Documents
