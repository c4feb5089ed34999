// JsonText: JSON written straight into bytes, for answers too large and frequent to build as a
// QJsonObject first (a pull page: its payloads are spliced in as stored, see SyncApi::pull).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace GovDesk::Server::JsonText {

// `text` as a JSON string (quoted, UTF-8), escaped as QJsonDocument escapes it.
void appendString(QByteArray &out, QByteArrayView utf8);
void appendString(QByteArray &out, QStringView text);

} // namespace GovDesk::Server::JsonText
