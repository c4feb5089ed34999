#include "OfdBridge.h"

#include "WebLogging.h"

#include <QJsonArray>

namespace GovDesk::Ui {

OfdBridge::OfdBridge(QObject *parent)
    : RequestBridge(parent)
{
}

int OfdBridge::show(const QByteArray &ofd, double pixelsPerMillimetre, bool embeddedFonts)
{
    return post(QJsonObject{
        {QStringLiteral("data"), QString::fromLatin1(ofd.toBase64())},
        {QStringLiteral("scale"), pixelsPerMillimetre},
        {QStringLiteral("embeddedFonts"), embeddedFonts},
    });
}

void OfdBridge::reportRendered(int serial, const QJsonObject &summary)
{
    if (!accept(serial, summary))
        return;
    const QJsonArray fonts = summary.value(QStringLiteral("fonts")).toArray();
    for (const QJsonValue &value : fonts) {
        const QJsonObject font = value.toObject();
        const QString problem = font.value(QStringLiteral("problem")).toString();
        const QString glyphs = font.value(QStringLiteral("missingGlyphs")).toString();
        const QString name = font.value(QStringLiteral("name")).toString().left(100);
        if (!problem.isEmpty())
            qCWarning(lcWeb).noquote() << "OFD font" << name << problem.left(200);
        if (!glyphs.isEmpty())
            qCWarning(lcWeb).noquote() << "OFD font" << name << "has no glyph for" << glyphs.left(50);
    }
    Q_EMIT rendered(summary);
}

void OfdBridge::reportFailed(int serial, const QString &message)
{
    if (!isCurrent(serial))
        return;
    qCWarning(lcWeb).noquote() << "OFD not shown:" << message.left(500);
    Q_EMIT failed(message);
}

} // namespace GovDesk::Ui
