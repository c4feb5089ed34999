#include "OfficialFonts.h"

#include <QFontDatabase>

namespace GovDesk::Documents {

namespace {

constexpr FontRole AllRoles[]
    = {FontRole::IssuerMark, FontRole::Title,      FontRole::Body,  FontRole::Heading1,
       FontRole::Heading2,   FontRole::PageNumber, FontRole::Record};

// The standard's own families, then the free ones a Debian desktop has. The first entries of
// each list are the standard's; fallbackFrom() is where the free ones begin.
struct Preference
{
    QStringList standard;
    QStringList fallback;
};

Preference preferenceOf(FontRole role)
{
    const QStringList fangSong{QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                               QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                               QStringLiteral("STFangsong")};
    const QStringList serif{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")};
    switch (role) {
    case FontRole::IssuerMark:
    case FontRole::Title:
        return {{QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                 QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("FZXiaoBiaoSong-B05")},
                serif};
    case FontRole::Body:
    case FontRole::Record:
        return {fangSong, serif};
    case FontRole::Heading1:
        return {{QStringLiteral("黑体"), QStringLiteral("SimHei")}, {QStringLiteral("Noto Sans CJK SC")}};
    case FontRole::Heading2:
        return {{QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
                 QStringLiteral("KaiTi"), QStringLiteral("STKaiti")},
                {QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC")}};
    case FontRole::PageNumber:
        return {{QStringLiteral("宋体"), QStringLiteral("SimSun")}, serif};
    }
    return {{}, serif};
}

QString roleName(FontRole role)
{
    switch (role) {
    case FontRole::IssuerMark:
        return OfficialFonts::tr("Issuing authority mark (xiaobiaosong)");
    case FontRole::Title:
        return OfficialFonts::tr("Title (xiaobiaosong)");
    case FontRole::Body:
        return OfficialFonts::tr("Body text (fangsong)");
    case FontRole::Heading1:
        return OfficialFonts::tr("First-level headings (heiti)");
    case FontRole::Heading2:
        return OfficialFonts::tr("Second-level headings (kaiti)");
    case FontRole::PageNumber:
        return OfficialFonts::tr("Page numbers (songti)");
    case FontRole::Record:
        return OfficialFonts::tr("Distribution record (fangsong)");
    }
    return {};
}

} // namespace

OfficialFonts::OfficialFonts()
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const FontRole role : AllRoles) {
        const QStringList wanted = preferences(role);
        const auto found
            = std::ranges::find_if(wanted, [&](const QString &family) { return installed.contains(family); });
        // Nothing of the list: let fontconfig pick a Chinese face for the first name.
        m_families.insert(role, found != wanted.end() ? *found : wanted.constFirst());
    }
}

QStringList OfficialFonts::preferences(FontRole role)
{
    const Preference preference = preferenceOf(role);
    return preference.standard + preference.fallback;
}

double OfficialFonts::pointSize(FontRole role)
{
    switch (role) {
    case FontRole::IssuerMark:
    case FontRole::Title:
        return SizeNo2;
    case FontRole::PageNumber:
    case FontRole::Record:
        return SizeNo4;
    case FontRole::Body:
    case FontRole::Heading1:
    case FontRole::Heading2:
        break;
    }
    return SizeNo3;
}

QFont OfficialFonts::font(FontRole role, double size) const
{
    QFont font(family(role));
    font.setPointSizeF(size > 0 ? size : pointSize(role));
    // The fallback for 小标宋 is a regular serif: bold comes closest to its heavy strokes.
    if ((role == FontRole::Title || role == FontRole::IssuerMark) && !isStandard(role))
        font.setWeight(QFont::Bold);
    font.setKerning(false); // characters sit on the standard's grid
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

bool OfficialFonts::isStandard(FontRole role) const
{
    return preferenceOf(role).standard.contains(family(role));
}

QStringList OfficialFonts::families() const
{
    QStringList all;
    for (const FontRole role : AllRoles) {
        if (!all.contains(family(role)))
            all << family(role);
    }
    return all;
}

QStringList OfficialFonts::describe() const
{
    QStringList lines;
    for (const FontRole role : AllRoles) {
        lines << (isStandard(role) ? tr("%1: %2").arg(roleName(role), family(role))
                                   : tr("%1: %2 (substitute: the standard font is not installed)")
                                         .arg(roleName(role), family(role)));
    }
    return lines;
}

} // namespace GovDesk::Documents
