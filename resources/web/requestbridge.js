// requestbridge.js: connects a page to its RequestBridge (C++, "govdesk" over QWebChannel): the
// current request, if any, and every later one go to `show`; the page reports ready at once.
'use strict';

// `connected(bridge)` is called first, so that `show` can answer through the bridge.
function connectRequestBridge(show, connected) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
        const bridge = channel.objects.govdesk;
        connected(bridge);
        bridge.requestChanged.connect(show);
        bridge.reportReady();
        if (bridge.request && bridge.request.serial > 0)
            show(bridge.request);
    });
}
