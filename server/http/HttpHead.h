// HttpHead: the status line and header block of an HTTP/1.1 answer, written by hand: fault
// injection needs answers no response class produces (a body cut short), and blob downloads are
// streamed from their file after it.
#pragma once

#include "ApiTypes.h"

namespace GovDesk::Server::HttpHead {

enum class Connection { KeepAlive, Close };

[[nodiscard]] QByteArray of(const ApiResponse &response, Connection connection);
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace GovDesk::Server::HttpHead
