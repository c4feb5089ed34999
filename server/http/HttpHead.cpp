#include "HttpHead.h"

namespace GovDesk::Server::HttpHead {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray of(const ApiResponse &response, Connection connection)
{
    QByteArray text
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    text += "Server: govdesk-syncd/" GOVDESK_VERSION "\r\n";
    if (response.status != 204 && response.status != 304) {
        if (!response.contentType.isEmpty())
            text += "Content-Type: " + response.contentType + "\r\n";
        text += "Content-Length: " + QByteArray::number(response.contentLength()) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    if (connection == Connection::Close)
        text += "Connection: close\r\n";
    return text + "\r\n";
}

} // namespace GovDesk::Server::HttpHead
