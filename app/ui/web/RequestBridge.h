// RequestBridge: the part of a page's bridge (OfdBridge, HtmlBridge) that hands the page one
// numbered request at a time and hears whether it was shown.
#pragma once

#include <QJsonObject>
#include <QObject>

namespace GovDesk::Ui {

// Published to the page as "govdesk" over QWebChannel. Each request carries a "serial", so a
// report about a request that was replaced meanwhile is dropped. Reports are data from a web
// page: they are checked and logged, never executed.
class RequestBridge : public QObject
{
    Q_OBJECT
    // Read by the page's script when the channel connects; requestChanged() carries every later
    // request.
    Q_PROPERTY(QJsonObject request READ request NOTIFY requestChanged)
public:
    [[nodiscard]] QJsonObject request() const { return m_request; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    // What the page reported about the current request (empty before it did).
    [[nodiscard]] QJsonObject summary() const { return m_summary; }

    Q_INVOKABLE void reportReady();

Q_SIGNALS:
    void requestChanged(const QJsonObject &request);
    void ready();

protected:
    explicit RequestBridge(QObject *parent = nullptr);

    // Sends `request`, numbered, to the page; the last summary is forgotten. Returns the number.
    int post(QJsonObject request);
    // Takes the page's report about request `serial`: false (nothing kept) when it is not the
    // current one.
    [[nodiscard]] bool accept(int serial, const QJsonObject &summary);
    [[nodiscard]] bool isCurrent(int serial) const;

private:
    QJsonObject m_request;
    QJsonObject m_summary;
    int m_serial = 0;
    bool m_ready = false;
};

} // namespace GovDesk::Ui
