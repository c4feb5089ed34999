// SyncServer: the HTTPS listener. Turns Qt HttpServer requests into ApiRequests for the router,
// applies injected faults, and writes the answers (TLS 1.2 or later, never plain HTTP).
#pragma once

#include "ApiRouter.h"
#include "FaultInjector.h"
#include "Result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

namespace GovDesk::Server {

class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SyncServer(ApiRouter &router, FaultInjector *faults, QObject *parent = nullptr);

    // Certificate (PEM, the server's first, then any intermediates) and private key (PEM, RSA or
    // EC, unencrypted), protocol TLS 1.2 or later.
    [[nodiscard]] static Core::Result<QSslConfiguration> loadTls(const QString &certificateFile, const QString &keyFile);

    // Port 0 picks a free port; the chosen one is returned.
    [[nodiscard]] Core::Result<quint16> start(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] static ApiRequest toApiRequest(const QHttpServerRequest &request);
    static void answerExpectContinue(QTcpSocket *socket);

    ApiRouter &m_router;
    FaultInjector *m_faults;
};

} // namespace GovDesk::Server
