// JsonText: JSON written straight into bytes, for answers too large and frequent to build as a
// QJsonObject first (a pull page, see PullAnswer). Into a std::string: QByteArray's append in
// Qt 6.4 goes through insert() and was an eighth of a pull's time.
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <string>

namespace GovDesk::Server::JsonText {

// `text` as a JSON string (quoted, UTF-8), escaped as QJsonDocument escapes it.
void appendString(std::string &out, QByteArrayView utf8);
void appendString(std::string &out, QStringView text);

} // namespace GovDesk::Server::JsonText
