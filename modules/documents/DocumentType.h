// DocumentType: the 15 公文种类 of the 2012 regulation and the direction (行文方向) each implies.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace GovDesk::Documents {

// 《党政机关公文处理工作条例》 (中办发〔2012〕14号) art. 8. Payloads store the Chinese name
// (typeName()), never the number, so the order here may change.
enum class DocumentType {
    Resolution,   // 决议
    Decision,     // 决定
    Order,        // 命令（令）
    Communique,   // 公报
    Announcement, // 公告
    PublicNotice, // 通告
    Opinion,      // 意见
    Notice,       // 通知
    Bulletin,     // 通报
    Report,       // 报告
    Request,      // 请示
    Reply,        // 批复
    Motion,       // 议案
    Letter,       // 函
    Minutes,      // 纪要
};

// 行文方向: to a superior, to subordinates, between bodies without a subordinate relation.
enum class Direction {
    Upward,   // 上行文
    Downward, // 下行文
    Parallel, // 平行文
};

[[nodiscard]] QList<DocumentType> allDocumentTypes();

// The regulation's name, e.g. 请示; 命令 for 命令（令）. Domain terms, stored as they are.
[[nodiscard]] QString typeName(DocumentType type);
// Accepts the names typeName() gives and the regulation's 「命令（令）」 and 「令」.
[[nodiscard]] std::optional<DocumentType> typeFromName(QStringView name);

// The direction a type normally travels in (domain.md): 报告 and 请示 go up, 函 sideways, the rest
// down. 意见 and 纪要 may in fact travel any way, so a document can override it.
[[nodiscard]] Direction directionOf(DocumentType type);

// 上行文, 下行文, 平行文.
[[nodiscard]] QString directionName(Direction direction);
[[nodiscard]] std::optional<Direction> directionFromName(QStringView name);

} // namespace GovDesk::Documents
