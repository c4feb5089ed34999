// ResponseWriter: writes HTTP/1.1 answers straight to the socket. Written by hand rather than with
// QHttpServerResponder because fault injection needs answers a responder cannot produce (a body
// cut short, an answer sent seconds later), and blob downloads are streamed from their file.
#pragma once

#include "ApiTypes.h"

class QTcpSocket;

namespace GovDesk::Server::ResponseWriter {

enum class Connection { KeepAlive, Close };

// The whole answer; a file body is streamed as the socket drains.
void send(QTcpSocket *socket, const ApiResponse &response, Connection connection);
// The headers with the full Content-Length, half of the body, then the connection is closed.
void sendTruncated(QTcpSocket *socket, const ApiResponse &response);

} // namespace GovDesk::Server::ResponseWriter
