// HtmlBridge: the C++ side of document.html, published to the page as "govdesk" over QWebChannel.
#pragma once

#include "RequestBridge.h"

#include <QString>

namespace GovDesk::Ui {

// A request is an HTML document as text; the page reports when it is in place.
class HtmlBridge : public RequestBridge
{
    Q_OBJECT
public:
    explicit HtmlBridge(QObject *parent = nullptr);

    // Asks the page to show `html`. Returns the request's number.
    int show(const QString &html);

    // `summary`: "stylesheets" (qrc: stylesheets linked) and "removed" (elements and attributes
    // left out because they would run, embed or fetch something).
    Q_INVOKABLE void reportRendered(int serial, const QJsonObject &summary);

Q_SIGNALS:
    void rendered(const QJsonObject &summary);
};

} // namespace GovDesk::Ui
