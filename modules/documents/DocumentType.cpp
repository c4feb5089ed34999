#include "DocumentType.h"

#include <array>
#include <utility>

namespace GovDesk::Documents {

namespace {

struct TypeInfo
{
    DocumentType type;
    const char *name;
    Direction direction;
};

constexpr std::array<TypeInfo, 15> Types{{
    {DocumentType::Resolution, "决议", Direction::Downward},
    {DocumentType::Decision, "决定", Direction::Downward},
    {DocumentType::Order, "命令", Direction::Downward},
    {DocumentType::Communique, "公报", Direction::Downward},
    {DocumentType::Announcement, "公告", Direction::Downward},
    {DocumentType::PublicNotice, "通告", Direction::Downward},
    {DocumentType::Opinion, "意见", Direction::Downward},
    {DocumentType::Notice, "通知", Direction::Downward},
    {DocumentType::Bulletin, "通报", Direction::Downward},
    {DocumentType::Report, "报告", Direction::Upward},
    {DocumentType::Request, "请示", Direction::Upward},
    {DocumentType::Reply, "批复", Direction::Downward},
    {DocumentType::Motion, "议案", Direction::Downward},
    {DocumentType::Letter, "函", Direction::Parallel},
    {DocumentType::Minutes, "纪要", Direction::Downward},
}};

const TypeInfo &infoOf(DocumentType type)
{
    for (const TypeInfo &info : Types) {
        if (info.type == type)
            return info;
    }
    return Types[7]; // unreachable for a valid enum value; 通知 is the most common type
}

constexpr std::array<std::pair<Direction, const char *>, 3> Directions{{
    {Direction::Upward, "上行文"},
    {Direction::Downward, "下行文"},
    {Direction::Parallel, "平行文"},
}};

} // namespace

QList<DocumentType> allDocumentTypes()
{
    QList<DocumentType> types;
    for (const TypeInfo &info : Types)
        types.append(info.type);
    return types;
}

QString typeName(DocumentType type)
{
    return QString::fromUtf8(infoOf(type).name);
}

std::optional<DocumentType> typeFromName(QStringView name)
{
    const QString trimmed = name.trimmed().toString();
    if (trimmed == QStringLiteral("命令（令）") || trimmed == QStringLiteral("命令(令)")
        || trimmed == QStringLiteral("令"))
        return DocumentType::Order;
    for (const TypeInfo &info : Types) {
        if (trimmed == QString::fromUtf8(info.name))
            return info.type;
    }
    return std::nullopt;
}

Direction directionOf(DocumentType type)
{
    return infoOf(type).direction;
}

QString directionName(Direction direction)
{
    for (const auto &[value, name] : Directions) {
        if (value == direction)
            return QString::fromUtf8(name);
    }
    return {};
}

std::optional<Direction> directionFromName(QStringView name)
{
    for (const auto &[value, text] : Directions) {
        if (name.trimmed() == QString::fromUtf8(text))
            return value;
    }
    return std::nullopt;
}

} // namespace GovDesk::Documents
