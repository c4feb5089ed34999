#include "HtmlBridge.h"

#include "WebLogging.h"

namespace GovDesk::Ui {

HtmlBridge::HtmlBridge(QObject *parent)
    : RequestBridge(parent)
{
}

int HtmlBridge::show(const QString &html)
{
    return post(QJsonObject{{QStringLiteral("html"), html}});
}

void HtmlBridge::reportRendered(int serial, const QJsonObject &summary)
{
    if (!accept(serial, summary))
        return;
    // Our own renderers write nothing active: anything left out is worth a look, not an alarm.
    if (const int removed = summary.value(QStringLiteral("removed")).toInt(); removed > 0)
        qCInfo(lcWeb) << "document shown without" << removed << "active or remote parts";
    Q_EMIT rendered(summary);
}

} // namespace GovDesk::Ui
