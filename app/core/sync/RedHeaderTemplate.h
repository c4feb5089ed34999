// RedHeaderTemplate: an organisation's 套红 — the red 版头 of its 公文 in one of GB/T 9704-2012's
// formats (发文机关标志, colour, size, positions, separator lines) — as govdesk-syncd stores it, the
// directory of organisations delivers it and the 公文 module lays it out. In core (QtCore only) so
// that the server checks a template with the same rules the client reads it with.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace GovDesk::Core {

// GB/T 9704-2012's formats of a 公文's first page.
enum class DocumentFormat {
    File,    // 文件格式 (7.2): 「XXX文件」, 发文字号, a red rule across the 版心
    Letter,  // 信函格式 (10.1): the name, red double lines 170 mm long at the top and the foot
    Order,   // 命令（令）格式 (10.2): 「XXX令」, 令号, no rule
    Minutes, // 纪要格式 (10.3): 「XXX纪要」, 出席/请假/列席 after the 正文
};

// "file", "letter", "order", "minutes": the JSON and command-line names.
[[nodiscard]] QString formatId(DocumentFormat format);
[[nodiscard]] std::optional<DocumentFormat> formatFromId(QStringView id);
// The standard's names, e.g. 信函格式 (terms printed in the standard; not translated).
[[nodiscard]] QString formatName(DocumentFormat format);
// The format a 文种 takes unless a template says otherwise: 函 → 信函, 命令 → 命令, 纪要 → 纪要,
// the other types → 文件.
[[nodiscard]] DocumentFormat formatForType(QStringView typeName);
// The 15 文种 of the 2012 regulation as payloads store them (命令 for 命令（令）).
[[nodiscard]] const QStringList &documentTypeNames();

// A red rule of the 版头: one line, or two (上粗下细 / 上细下粗) as the 信函格式 has.
struct RedHeaderRule
{
    enum class Style { None, Single, ThickThin, ThinThick };

    Style style = Style::Single;
    double length = 0;           // mm, centred on the 版心; 0 = the 版心's width
    double thickness = 0.5;      // mm: the single line, or the thick line of a double one
    double thinThickness = 0.35; // mm: the thin line of a double one
    double gap = 0.6;            // mm between the two lines of a double one, edge to edge

    [[nodiscard]] bool isDouble() const { return style == Style::ThickThin || style == Style::ThinThick; }
    // From the top edge of the upper line to the bottom edge of the lower one.
    [[nodiscard]] double height() const;
    [[nodiscard]] bool operator==(const RedHeaderRule &) const = default;
};

// "none", "single", "thick-thin", "thin-thick".
[[nodiscard]] QString ruleStyleId(RedHeaderRule::Style style);
[[nodiscard]] std::optional<RedHeaderRule::Style> ruleStyleFromId(QStringView id);

// One template. Distances are in millimetres on the A4 page; GB/T 9704 fixes some of them and
// leaves others open (the widths of lines, the mark's size): all are fields, standard() fills in
// the standard's figures where it has them.
struct RedHeaderTemplate
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::RedHeaderTemplate)
public:
    static constexpr double PageTopToTextArea = 37.0; // 天头 (GB/T 9704 5.2.2), for the defaults

    DocumentFormat format = DocumentFormat::File;
    // The 文种 this template is for; empty = every type whose format (formatForType) is `format`.
    QStringList documentTypes;
    QString markText; // 发文机关标志: 「柳州市人民政府办公室文件」
    QString colour = QStringLiteral("#E60012"); // #RRGGBB, of the mark and the rules
    double markPointSize = 0;                   // 0 = as large as fits the 版心's width …
    double markMaxPointSize = 42;               // … but no larger than this (初号)
    double markTop = PageTopToTextArea + 35;    // from the page's top edge to the mark's
    // From the element above (文件: the 发文字号; 信函: the mark) to the rule's top edge.
    double separatorGap = 4;
    RedHeaderRule separator;
    // A rule at the foot of the first page (信函格式), its lower edge this far above the page's.
    double footerRuleBottom = 20;
    RedHeaderRule footerRule{.style = RedHeaderRule::Style::None};

    // The standard's template of a format for `markText`: 文件 and 纪要 marks 35 mm under the
    // 版心's top, 命令 20 mm, 信函 30 mm under the page's; the rules each format has.
    [[nodiscard]] static RedHeaderTemplate standard(DocumentFormat format, const QString &markText);

    // Every field, defaults included.
    [[nodiscard]] QJsonObject toJson() const;
    // Strict (the server, the admin's input): unknown fields are refused, as a typo must not be
    // ignored. Lenient (the client reading the server): unknown fields are skipped, so a newer
    // server's additions do not lose the template. Missing fields take standard()'s values for
    // the format, so `{"format": "letter", "markText": "…"}` is a whole template.
    enum class Reading { Strict, Lenient };
    [[nodiscard]] static Result<RedHeaderTemplate> fromJson(const QJsonObject &json, Reading reading);
    // Each field within its range; the error names the field.
    [[nodiscard]] Result<> validate() const;

    // What identifies a template in an organisation's set: "letter", or "file:通报,通知" for one
    // that overrides types (sorted).
    [[nodiscard]] QString key() const;

    [[nodiscard]] bool operator==(const RedHeaderTemplate &) const = default;
};

// An organisation's templates, as a list.
class RedHeaderTemplates
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::RedHeaderTemplates)
public:
    // One template per key, and no 文种 in two templates.
    [[nodiscard]] static Result<> validateSet(const QList<RedHeaderTemplate> &templates);
    // The template for a 文种: the one that names it, else the one of its format (formatForType)
    // that names no type; nullopt when the organisation has neither.
    [[nodiscard]] static std::optional<RedHeaderTemplate> select(const QList<RedHeaderTemplate> &templates,
                                                                 QStringView typeName);

    [[nodiscard]] static QJsonArray toJson(const QList<RedHeaderTemplate> &templates);
    // Strict: the first bad template fails the whole list. Lenient: bad templates are left out
    // (and named in `skipped`), the others kept.
    [[nodiscard]] static Result<QList<RedHeaderTemplate>>
    fromJson(const QJsonArray &json, RedHeaderTemplate::Reading reading, QStringList *skipped = nullptr);
};

} // namespace GovDesk::Core
