#include "FakeTransport.h"

#include <QJsonDocument>
#include <QMutexLocker>

namespace GovDesk::Test {

using namespace Core;

void FakeTransport::script(HttpResponse response)
{
    script(Handler([response](const HttpRequest &) { return response; }));
}

void FakeTransport::script(Handler handler)
{
    QMutexLocker locker(&m_mutex);
    m_script.append(std::move(handler));
}

void FakeTransport::setHandler(Handler handler)
{
    QMutexLocker locker(&m_mutex);
    m_handler = std::move(handler);
}

HttpResponse FakeTransport::perform(const HttpRequest &request)
{
    Handler handler;
    {
        QMutexLocker locker(&m_mutex);
        m_requests.append(request);
        if (m_cancelled)
            return failure(TransportError::Kind::Cancelled, QStringLiteral("cancelled"));
        handler = m_script.isEmpty() ? m_handler : m_script.takeFirst();
    }
    if (!handler)
        return error(404, QStringLiteral("not_found"));
    // Outside the lock: a handler may block (a stalled server) until cancel() is called.
    return handler(request);
}

void FakeTransport::cancel()
{
    m_cancelled = true;
}

QList<HttpRequest> FakeTransport::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

QStringList FakeTransport::paths() const
{
    QStringList paths;
    for (const HttpRequest &request : requests())
        paths << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path();
    return paths;
}

HttpResponse FakeTransport::json(int status, const QJsonObject &body, HttpHeaders headers)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers));
}

HttpResponse FakeTransport::raw(int status, QByteArray body, HttpHeaders headers)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

HttpResponse FakeTransport::error(int status, const QString &code, int retryAfterSeconds)
{
    HttpHeaders headers;
    if (retryAfterSeconds > 0)
        headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterSeconds)));
    const bool retryable = status >= 500 || status == 429;
    return json(status,
                {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                        {QStringLiteral("message"), QStringLiteral("fake ") + code},
                                                        {QStringLiteral("retryable"), retryable}}}},
                headers);
}

HttpResponse FakeTransport::failure(TransportError::Kind kind, const QString &message)
{
    HttpResponse response;
    response.error.kind = kind;
    response.error.message = message.isEmpty() ? QStringLiteral("fake transport failure") : message;
    response.error.detail = response.error.message;
    return response;
}

} // namespace GovDesk::Test
