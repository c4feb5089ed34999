#include "RequestBridge.h"

namespace GovDesk::Ui {

RequestBridge::RequestBridge(QObject *parent)
    : QObject(parent)
{
}

void RequestBridge::reportReady()
{
    m_ready = true;
    Q_EMIT ready();
}

int RequestBridge::post(QJsonObject request)
{
    m_summary = {};
    request.insert(QStringLiteral("serial"), ++m_serial);
    m_request = request;
    Q_EMIT requestChanged(m_request);
    return m_serial;
}

bool RequestBridge::accept(int serial, const QJsonObject &summary)
{
    if (!isCurrent(serial))
        return false;
    m_summary = summary;
    return true;
}

bool RequestBridge::isCurrent(int serial) const
{
    return serial == m_serial && m_serial > 0;
}

} // namespace GovDesk::Ui
