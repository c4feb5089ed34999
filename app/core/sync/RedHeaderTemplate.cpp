#include "RedHeaderTemplate.h"

#include <QRegularExpression>
#include <QSet>
#include <array>
#include <cmath>
#include <utility>

namespace GovDesk::Core {

namespace {

constexpr std::array<std::pair<DocumentFormat, const char *>, 4> FormatIds{{
    {DocumentFormat::File, "file"},
    {DocumentFormat::Letter, "letter"},
    {DocumentFormat::Order, "order"},
    {DocumentFormat::Minutes, "minutes"},
}};

constexpr std::array<std::pair<RedHeaderRule::Style, const char *>, 4> StyleIds{{
    {RedHeaderRule::Style::None, "none"},
    {RedHeaderRule::Style::Single, "single"},
    {RedHeaderRule::Style::ThickThin, "thick-thin"},
    {RedHeaderRule::Style::ThinThick, "thin-thick"},
}};

constexpr qsizetype MaxMarkLength = 40;

// A number field's range; `zeroAllowed` for "0 = automatic".
struct Range
{
    double minimum;
    double maximum;
    bool zeroAllowed = false;
};

Result<> checkRange(const QString &field, double value, Range range)
{
    if (std::isfinite(value)
        && ((range.zeroAllowed && value == 0) || (value >= range.minimum && value <= range.maximum)))
        return {};
    const QString allowed
        = range.zeroAllowed
              ? RedHeaderTemplate::tr("0 or from %1 to %2").arg(range.minimum).arg(range.maximum)
              : RedHeaderTemplate::tr("from %1 to %2").arg(range.minimum).arg(range.maximum);
    //: A red-header template's number out of range: "markTop must be from 5 to 150 (mm), not 400."
    return fail(ErrorCode::InvalidArgument,
                RedHeaderTemplate::tr("%1 must be %2, not %3.").arg(field, allowed).arg(value));
}

Result<> checkRule(const QString &field, const RedHeaderRule &rule)
{
    if (rule.length != 0)
        GD_TRY(checkRange(field + QStringLiteral(".length"), rule.length, {20, 210, true}));
    GD_TRY(checkRange(field + QStringLiteral(".thickness"), rule.thickness, {0.05, 3}));
    GD_TRY(checkRange(field + QStringLiteral(".thinThickness"), rule.thinThickness, {0.05, 3}));
    return checkRange(field + QStringLiteral(".gap"), rule.gap, {0, 5});
}

QJsonObject ruleToJson(const RedHeaderRule &rule)
{
    return {{QStringLiteral("style"), ruleStyleId(rule.style)},
            {QStringLiteral("length"), rule.length},
            {QStringLiteral("thickness"), rule.thickness},
            {QStringLiteral("thinThickness"), rule.thinThickness},
            {QStringLiteral("gap"), rule.gap}};
}

enum class JsonKind { Number, Text, Texts, Object };

Result<> wrongType(const QString &field, JsonKind kind)
{
    QString expected;
    switch (kind) {
    case JsonKind::Number:
        //: A red-header template's field of the wrong JSON type: "markTop must be a number."
        expected = RedHeaderTemplate::tr("%1 must be a number.");
        break;
    case JsonKind::Text:
        expected = RedHeaderTemplate::tr("%1 must be a string.");
        break;
    case JsonKind::Texts:
        expected = RedHeaderTemplate::tr("%1 must be an array of strings.");
        break;
    case JsonKind::Object:
        expected = RedHeaderTemplate::tr("%1 must be an object.");
        break;
    }
    return fail(ErrorCode::InvalidArgument, expected.arg(field));
}

// Reads the fields of `json` into the values `into` names, refusing unknown ones when strict.
class FieldReader
{
public:
    FieldReader(const QJsonObject &json, QString prefix, RedHeaderTemplate::Reading reading)
        : m_json(json)
        , m_prefix(std::move(prefix))
        , m_strict(reading == RedHeaderTemplate::Reading::Strict)
    {
    }

    Result<> number(const char *key, double &into)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isDouble())
            return wrongType(name(key), JsonKind::Number);
        into = value.toDouble();
        return {};
    }
    Result<> text(const char *key, QString &into)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isString())
            return wrongType(name(key), JsonKind::Text);
        into = value.toString();
        return {};
    }
    Result<> texts(const char *key, QStringList &into)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return wrongType(name(key), JsonKind::Texts);
        into.clear();
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return wrongType(name(key), JsonKind::Texts);
            into << item.toString();
        }
        return {};
    }
    Result<> rule(const char *key, RedHeaderRule &into)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return wrongType(name(key), JsonKind::Object);
        FieldReader inner(value.toObject(), name(key) + QLatin1Char('.'),
                          m_strict ? RedHeaderTemplate::Reading::Strict
                                   : RedHeaderTemplate::Reading::Lenient);
        QString style = ruleStyleId(into.style);
        GD_TRY(inner.text("style", style));
        const auto parsed = ruleStyleFromId(style);
        if (!parsed)
            return fail(
                ErrorCode::InvalidArgument,
                //: "separator.style must be one of none, single, thick-thin, thin-thick, not double."
                RedHeaderTemplate::tr("%1 must be one of none, single, thick-thin, thin-thick, not %2.")
                    .arg(name(key) + QStringLiteral(".style"), style));
        into.style = *parsed;
        GD_TRY(inner.number("length", into.length));
        GD_TRY(inner.number("thickness", into.thickness));
        GD_TRY(inner.number("thinThickness", into.thinThickness));
        GD_TRY(inner.number("gap", into.gap));
        return inner.finish();
    }
    // Strict: every field was known.
    Result<> finish() const
    {
        if (!m_strict || m_json.isEmpty())
            return {};
        //: A red-header template with a field GovDesk does not know (a typo): "Unknown field markSize."
        return fail(ErrorCode::InvalidArgument,
                    RedHeaderTemplate::tr("Unknown field %1.").arg(name(m_json.begin().key())));
    }

private:
    QJsonValue take(const char *key)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = m_json.value(name);
        m_json.remove(name);
        return value;
    }
    [[nodiscard]] QString name(const char *key) const { return m_prefix + QString::fromLatin1(key); }
    [[nodiscard]] QString name(const QString &key) const { return m_prefix + key; }

    QJsonObject m_json;
    QString m_prefix;
    bool m_strict;
};

} // namespace

QString formatId(DocumentFormat format)
{
    for (const auto &[value, id] : FormatIds) {
        if (value == format)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("file");
}

std::optional<DocumentFormat> formatFromId(QStringView id)
{
    for (const auto &[value, name] : FormatIds) {
        if (id == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::File:
        return QStringLiteral("文件格式");
    case DocumentFormat::Letter:
        return QStringLiteral("信函格式");
    case DocumentFormat::Order:
        return QStringLiteral("命令（令）格式");
    case DocumentFormat::Minutes:
        return QStringLiteral("纪要格式");
    }
    return {};
}

DocumentFormat formatForType(QStringView typeName)
{
    const QStringView type = typeName.trimmed();
    if (type == u"函")
        return DocumentFormat::Letter;
    if (type == u"命令" || type == u"令" || type == u"命令（令）")
        return DocumentFormat::Order;
    if (type == u"纪要")
        return DocumentFormat::Minutes;
    return DocumentFormat::File;
}

const QStringList &documentTypeNames()
{
    static const QStringList Names{QStringLiteral("决议"), QStringLiteral("决定"), QStringLiteral("命令"),
                                   QStringLiteral("公报"), QStringLiteral("公告"), QStringLiteral("通告"),
                                   QStringLiteral("意见"), QStringLiteral("通知"), QStringLiteral("通报"),
                                   QStringLiteral("报告"), QStringLiteral("请示"), QStringLiteral("批复"),
                                   QStringLiteral("议案"), QStringLiteral("函"),   QStringLiteral("纪要")};
    return Names;
}

double RedHeaderRule::height() const
{
    switch (style) {
    case Style::None:
        return 0;
    case Style::Single:
        return thickness;
    case Style::ThickThin:
    case Style::ThinThick:
        return thickness + gap + thinThickness;
    }
    return 0;
}

QString ruleStyleId(RedHeaderRule::Style style)
{
    for (const auto &[value, id] : StyleIds) {
        if (value == style)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("none");
}

std::optional<RedHeaderRule::Style> ruleStyleFromId(QStringView id)
{
    for (const auto &[value, name] : StyleIds) {
        if (id == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

RedHeaderTemplate RedHeaderTemplate::standard(DocumentFormat format, const QString &markText)
{
    RedHeaderTemplate header;
    header.format = format;
    header.markText = markText;
    switch (format) {
    case DocumentFormat::File:
        // 7.2.3: the mark's top 35 mm under the 版心's; 7.2.6: a red rule as wide as the 版心,
        // 4 mm under the 发文字号 (its width is not given: 0.5 mm as printed commonly).
        break;
    case DocumentFormat::Letter:
        // 10.1: the mark's top 30 mm under the page's; 4 mm under it a red double line 上粗下细,
        // 20 mm over the page's foot one 上细下粗, both 170 mm. The lines' widths are not given.
        header.markTop = 30;
        header.separator = {.style = RedHeaderRule::Style::ThickThin,
                            .length = 170,
                            .thickness = 1.0,
                            .thinThickness = 0.35,
                            .gap = 0.6};
        header.footerRule = header.separator;
        header.footerRule.style = RedHeaderRule::Style::ThinThick;
        header.footerRuleBottom = 20;
        break;
    case DocumentFormat::Order:
        // 10.2: the mark's top 20 mm under the 版心's; 令号 and 正文 follow, no rule.
        header.markTop = PageTopToTextArea + 20;
        header.separator.style = RedHeaderRule::Style::None;
        break;
    case DocumentFormat::Minutes:
        // 10.3: the mark's top 35 mm under the 版心's. The standard lets the rest follow practice
        // (「纪要格式可以根据实际制定」): a rule under the number as in 文件格式.
        break;
    }
    return header;
}

QJsonObject RedHeaderTemplate::toJson() const
{
    return {{QStringLiteral("format"), formatId(format)},
            {QStringLiteral("documentTypes"), QJsonArray::fromStringList(documentTypes)},
            {QStringLiteral("markText"), markText},
            {QStringLiteral("colour"), colour},
            {QStringLiteral("markPointSize"), markPointSize},
            {QStringLiteral("markMaxPointSize"), markMaxPointSize},
            {QStringLiteral("markTop"), markTop},
            {QStringLiteral("separatorGap"), separatorGap},
            {QStringLiteral("separator"), ruleToJson(separator)},
            {QStringLiteral("footerRuleBottom"), footerRuleBottom},
            {QStringLiteral("footerRule"), ruleToJson(footerRule)}};
}

Result<RedHeaderTemplate> RedHeaderTemplate::fromJson(const QJsonObject &json, Reading reading)
{
    const QJsonValue formatValue = json.value(QStringLiteral("format"));
    if (!formatValue.isString())
        //: "format" is the JSON field: file, letter, order or minutes
        return fail(ErrorCode::InvalidArgument,
                    tr("A template needs its format (file, letter, order or minutes)."));
    const auto format = formatFromId(formatValue.toString());
    if (!format)
        return fail(
            ErrorCode::InvalidArgument,
            tr("format must be one of file, letter, order, minutes, not %1.").arg(formatValue.toString()));
    RedHeaderTemplate header = standard(*format, {});
    QJsonObject rest = json;
    rest.remove(QStringLiteral("format"));
    FieldReader read(rest, {}, reading);
    GD_TRY(read.texts("documentTypes", header.documentTypes));
    GD_TRY(read.text("markText", header.markText));
    GD_TRY(read.text("colour", header.colour));
    GD_TRY(read.number("markPointSize", header.markPointSize));
    GD_TRY(read.number("markMaxPointSize", header.markMaxPointSize));
    GD_TRY(read.number("markTop", header.markTop));
    GD_TRY(read.number("separatorGap", header.separatorGap));
    GD_TRY(read.rule("separator", header.separator));
    GD_TRY(read.number("footerRuleBottom", header.footerRuleBottom));
    GD_TRY(read.rule("footerRule", header.footerRule));
    GD_TRY(read.finish());
    // 「命令（令）」 and 「令」 are 命令 as payloads store it; the order of types does not matter.
    for (QString &type : header.documentTypes) {
        type = type.trimmed();
        if (type == QStringLiteral("命令（令）") || type == QStringLiteral("令"))
            type = QStringLiteral("命令");
    }
    header.documentTypes.sort();
    header.markText = header.markText.trimmed();
    header.colour = header.colour.trimmed().toUpper();
    GD_TRY(header.validate());
    return header;
}

Result<> RedHeaderTemplate::validate() const
{
    if (markText.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("markText (the 发文机关标志) must not be empty."));
    if (markText.size() > MaxMarkLength)
        return fail(
            ErrorCode::InvalidArgument,
            tr("markText must have at most %1 characters, not %2.").arg(MaxMarkLength).arg(markText.size()));
    for (const QChar c : markText) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(ErrorCode::InvalidArgument, tr("markText must be one line of printable characters."));
    }
    static const QRegularExpression Colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!Colour.match(colour).hasMatch())
        return fail(ErrorCode::InvalidArgument,
                    tr("colour must be #RRGGBB (such as #E60012), not %1.").arg(colour));
    QSet<QString> seen;
    for (const QString &type : documentTypes) {
        if (!documentTypeNames().contains(type))
            return fail(ErrorCode::InvalidArgument,
                        //: "documentTypes: 通知书 is not one of the 15 文种 (决议, 决定, …)."
                        tr("documentTypes: %1 is not one of the 15 文种 (%2).")
                            .arg(type, documentTypeNames().join(QStringLiteral("、"))));
        if (seen.contains(type))
            return fail(ErrorCode::InvalidArgument, tr("documentTypes names %1 twice.").arg(type));
        seen.insert(type);
    }
    GD_TRY(checkRange(QStringLiteral("markPointSize"), markPointSize, {10, 72, true}));
    GD_TRY(checkRange(QStringLiteral("markMaxPointSize"), markMaxPointSize, {10, 72}));
    GD_TRY(checkRange(QStringLiteral("markTop"), markTop, {5, 150}));
    GD_TRY(checkRange(QStringLiteral("separatorGap"), separatorGap, {0, 30}));
    GD_TRY(checkRule(QStringLiteral("separator"), separator));
    GD_TRY(checkRange(QStringLiteral("footerRuleBottom"), footerRuleBottom, {5, 60}));
    return checkRule(QStringLiteral("footerRule"), footerRule);
}

QString RedHeaderTemplate::key() const
{
    if (documentTypes.isEmpty())
        return formatId(format);
    QStringList types = documentTypes;
    types.sort();
    return formatId(format) + QLatin1Char(':') + types.join(QLatin1Char(','));
}

Result<> RedHeaderTemplates::validateSet(const QList<RedHeaderTemplate> &templates)
{
    QHash<QString, QString> keyOfType; // 文种 → the key of the template that names it
    QSet<QString> keys;
    for (const RedHeaderTemplate &header : templates) {
        const QString key = header.key();
        if (keys.contains(key))
            return fail(ErrorCode::InvalidArgument,
                        tr("Two templates are %1; an organisation has one of each.").arg(key));
        keys.insert(key);
        for (const QString &type : header.documentTypes) {
            if (keyOfType.contains(type))
                return fail(ErrorCode::InvalidArgument,
                            //: "通知 has a template already (file:通知); remove that one first."
                            tr("%1 has a template already (%2); remove that one first.")
                                .arg(type, keyOfType.value(type)));
            keyOfType.insert(type, key);
        }
    }
    return {};
}

std::optional<RedHeaderTemplate> RedHeaderTemplates::select(const QList<RedHeaderTemplate> &templates,
                                                            QStringView typeName)
{
    const QString type = typeName.trimmed().toString();
    for (const RedHeaderTemplate &header : templates) {
        if (header.documentTypes.contains(type))
            return header;
    }
    const DocumentFormat format = formatForType(type);
    for (const RedHeaderTemplate &header : templates) {
        if (header.documentTypes.isEmpty() && header.format == format)
            return header;
    }
    return std::nullopt;
}

QJsonArray RedHeaderTemplates::toJson(const QList<RedHeaderTemplate> &templates)
{
    QJsonArray array;
    for (const RedHeaderTemplate &header : templates)
        array.append(header.toJson());
    return array;
}

Result<QList<RedHeaderTemplate>>
RedHeaderTemplates::fromJson(const QJsonArray &json, RedHeaderTemplate::Reading reading, QStringList *skipped)
{
    QList<RedHeaderTemplate> templates;
    for (qsizetype i = 0; i < json.size(); ++i) {
        auto header = json.at(i).isObject()
                          ? RedHeaderTemplate::fromJson(json.at(i).toObject(), reading)
                          : Result<RedHeaderTemplate>(
                              fail(ErrorCode::InvalidArgument, tr("A template must be an object.")));
        if (header && RedHeaderTemplates::validateSet(templates + QList<RedHeaderTemplate>{*header})) {
            templates.append(*header);
            continue;
        }
        const QString problem
            = header ? validateSet(templates + QList<RedHeaderTemplate>{*header}).error().message
                     : header.error().message;
        if (reading == RedHeaderTemplate::Reading::Strict)
            //: "Template 2: markTop must be from 5 to 150, not 400."
            return fail(ErrorCode::InvalidArgument, tr("Template %1: %2").arg(i + 1).arg(problem));
        if (skipped)
            skipped->append(tr("Template %1: %2").arg(i + 1).arg(problem));
    }
    return templates;
}

} // namespace GovDesk::Core
