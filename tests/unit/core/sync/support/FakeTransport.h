// FakeTransport: an HttpTransport for unit tests, answered by a script of responses or a handler.
#pragma once

#include "sync/HttpTransport.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>

namespace GovDesk::Test {

class FakeTransport final : public Core::HttpTransport
{
public:
    using Handler = std::function<Core::HttpResponse(const Core::HttpRequest &)>;

    // Answers requests in order while the script lasts, then the handler answers (404 without one).
    void script(Core::HttpResponse response);
    void script(Handler handler);
    void setHandler(Handler handler);

    [[nodiscard]] Core::HttpResponse perform(const Core::HttpRequest &request) override;
    void cancel() override;

    [[nodiscard]] QList<Core::HttpRequest> requests() const;
    [[nodiscard]] QStringList paths() const; // "POST /v1/sync/push", in order
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }

    [[nodiscard]] static Core::HttpResponse json(int status, const QJsonObject &body,
                                                 Core::HttpHeaders headers = {});
    [[nodiscard]] static Core::HttpResponse raw(int status, QByteArray body, Core::HttpHeaders headers = {});
    // {"error": {"code": …, "message": …, "retryable": …}}
    [[nodiscard]] static Core::HttpResponse error(int status, const QString &code, int retryAfterSeconds = 0);
    [[nodiscard]] static Core::HttpResponse failure(Core::TransportError::Kind kind, const QString &message = {});

private:
    mutable QMutex m_mutex;
    QList<Handler> m_script;
    Handler m_handler;
    QList<Core::HttpRequest> m_requests;
    std::atomic_bool m_cancelled{false};
};

} // namespace GovDesk::Test
