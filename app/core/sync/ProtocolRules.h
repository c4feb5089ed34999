// ProtocolRules: what client and server must read alike in docs/sync-protocol.md — the default
// limits, the syntax of collection names, record, op and blob ids, and how JSON values are read as
// the protocol's types. One copy, so the two sides cannot drift apart. QtCore only.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace GovDesk::Core::ProtocolRules {

// The reference server's defaults, announced in /v1/info (the table in "Limits").
namespace Defaults {
inline constexpr qint64 MaxRequestBytes = 8 * 1024 * 1024;
inline constexpr int MaxPushOps = 500;
inline constexpr qint64 MaxPayloadBytes = 1024 * 1024;
inline constexpr int MaxPullLimit = 1000;
inline constexpr int DefaultPullLimit = 500;
inline constexpr qint64 MaxBlobBytes = 100 * 1024 * 1024;
inline constexpr qint64 BlobChunkBytes = 4 * 1024 * 1024;
inline constexpr int RatePerMinute = 600; // 0 = no limit
} // namespace Defaults

inline constexpr qsizetype MaxCollectionLength = 64;
inline constexpr qsizetype MaxRecordIdLength = 128;
inline constexpr qsizetype MaxOpIdLength = 128;

// [a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*, at most 64 characters.
[[nodiscard]] bool isValidCollection(QStringView collection);
// 1 to 128 characters, not only white space, no control characters or line separators (an id
// ends up in file names, logs and messages people read).
[[nodiscard]] bool isValidRecordId(QStringView recordId);
// 1 to 128 characters.
[[nodiscard]] bool isValidOpId(QStringView opId);
// The lower-case hex SHA-256 of the blob's bytes: 64 characters of [0-9a-f].
[[nodiscard]] bool isValidBlobId(QStringView sha256);

// A JSON number that is a whole number JSON can carry exactly (|n| <= 2^53), or nullopt.
[[nodiscard]] std::optional<qint64> exactInteger(const QJsonValue &value);
// A JSON array of strings, or nullopt when it is not an array or an item is not a string.
[[nodiscard]] std::optional<QStringList> stringList(const QJsonValue &value);

} // namespace GovDesk::Core::ProtocolRules
