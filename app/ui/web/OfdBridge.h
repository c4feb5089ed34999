// OfdBridge: the C++ side of ofd.html, published to the page as "govdesk" over QWebChannel.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

namespace GovDesk::Ui {

// The page receives one request at a time — the OFD's bytes (base64), the scale, whether to use
// the embedded fonts — numbered, so a report about a document that was replaced meanwhile is
// dropped. Reports are data from a web page: they are checked and logged, never executed.
class OfdBridge : public QObject
{
    Q_OBJECT
    // Read by ofdview.js when the channel connects; requestChanged() carries every later request.
    Q_PROPERTY(QJsonObject request READ request NOTIFY requestChanged)
public:
    explicit OfdBridge(QObject *parent = nullptr);

    // Asks the page to show `ofd` at `pixelsPerMillimetre` (0: fit the width), with the package's
    // fonts or without them. Returns the request's number.
    int show(const QByteArray &ofd, double pixelsPerMillimetre, bool embeddedFonts);
    [[nodiscard]] QJsonObject request() const { return m_request; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    // What the page reported about the current request (empty before it did).
    [[nodiscard]] QJsonObject summary() const { return m_summary; }

    Q_INVOKABLE void reportReady();
    Q_INVOKABLE void reportRendered(int serial, const QJsonObject &summary);
    Q_INVOKABLE void reportFailed(int serial, const QString &message);

Q_SIGNALS:
    void requestChanged(const QJsonObject &request);
    void ready();
    // Every page of the current request is drawn; `summary` as OfdView::summary() describes it.
    void rendered(const QJsonObject &summary);
    // The current request could not be shown (not an OFD, a damaged package, …).
    void failed(const QString &message);

private:
    [[nodiscard]] bool isCurrent(int serial) const;

    QJsonObject m_request;
    QJsonObject m_summary;
    int m_serial = 0;
    bool m_ready = false;
};

} // namespace GovDesk::Ui
