// OfdBridge: the C++ side of ofd.html, published to the page as "govdesk" over QWebChannel.
#pragma once

#include "RequestBridge.h"

#include <QByteArray>

namespace GovDesk::Ui {

// A request is the OFD's bytes (base64), the scale, whether to use the embedded fonts.
class OfdBridge : public RequestBridge
{
    Q_OBJECT
public:
    explicit OfdBridge(QObject *parent = nullptr);

    // Asks the page to show `ofd` at `pixelsPerMillimetre` (0: fit the width), with the package's
    // fonts or without them. Returns the request's number.
    int show(const QByteArray &ofd, double pixelsPerMillimetre, bool embeddedFonts);

    Q_INVOKABLE void reportRendered(int serial, const QJsonObject &summary);
    Q_INVOKABLE void reportFailed(int serial, const QString &message);

Q_SIGNALS:
    // Every page of the current request is drawn; `summary` as OfdView::summary() describes it.
    void rendered(const QJsonObject &summary);
    // The current request could not be shown (not an OFD, a damaged package, …).
    void failed(const QString &message);
};

} // namespace GovDesk::Ui
