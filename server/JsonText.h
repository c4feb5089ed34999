// JsonText: JSON written straight into bytes, for answers too large and frequent to build as a
// QJsonObject first (a pull page, see PullAnswer).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace GovDesk::Server::JsonText {

// Appends bytes. QByteArray::append goes through insert() in Qt 6.4, which was an eighth of a
// pull's time; growing with resize() and copying is what append should be.
void appendRaw(QByteArray &out, QByteArrayView bytes);
// `text` as a JSON string (quoted, UTF-8), escaped as QJsonDocument escapes it.
void appendString(QByteArray &out, QByteArrayView utf8);
void appendString(QByteArray &out, QStringView text);

} // namespace GovDesk::Server::JsonText
