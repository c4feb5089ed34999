// RequestHandler: what the HTTPS edge asks of the protocol side — how large a body may be, which
// worker lane runs a request, and the answer (with how to deliver it, for fault injection).
#pragma once

#include "ApiTypes.h"

namespace GovDesk::Server {

// Requests run on separate thread pools by cost, so that slow ones never queue before cheap ones.
enum class Lane {
    Api,    // pulls, pushes, status queries
    SignIn, // a password hash (Argon2id): tens of milliseconds of CPU each
    Blob,   // blob chunks: megabytes hashed and written
};

struct HttpAnswer
{
    enum class Delivery {
        Whole,
        Drop,     // no answer: the connection is cut
        Truncate, // the head with the full length, half the body, then the connection closes
    };
    ApiResponse response;
    Delivery delivery = Delivery::Whole;
    int delayMs = 0; // the answer goes out this much later
};

class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    // The most body bytes a request to `path` may have; more is refused before it is read.
    [[nodiscard]] virtual qint64 bodyLimit(const QByteArray &method, const QString &path) const = 0;
    [[nodiscard]] virtual Lane laneFor(const QByteArray &method, const QString &path) const = 0;
    // Runs on a worker thread of laneFor()'s lane.
    [[nodiscard]] virtual HttpAnswer handle(const ApiRequest &request) = 0;
};

} // namespace GovDesk::Server
