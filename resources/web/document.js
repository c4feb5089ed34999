// document.js: shows the HTML document that GovDesk's HtmlBridge ("govdesk") publishes over
// QWebChannel, inert: DOMParser parses it (nothing in a parsed document runs or loads), everything
// that would run, embed or fetch on its own is left out, its qrc: stylesheets are linked and its
// body replaces this page's. Reports back once the document is drawn.
'use strict';

(function () {
    // Run, embed, frame, redirect, rebase or style on their own: never taken over. (The CSP would
    // stop most of them; leaving them out keeps the page quiet and the rule in one place.)
    const Dropped = 'script, noscript, template, iframe, frame, frameset, object, embed, applet, portal, '
        + 'base, meta, link, style';
    // Attributes naming something the browser fetches, kept only when it stays in qrc: or data:.
    const SourceAttributes = ['src', 'poster', 'background', 'data', 'action', 'formaction', 'xlink:href'];
    // Attributes that fetch or run whatever they hold.
    const Removed = ['srcset', 'imagesrcset', 'ping', 'style'];
    const Anchors = new Set(['a', 'area']);
    const StyleMark = 'data-govdesk-document';

    let bridge = null;
    let latestSerial = 0;

    function resolve(href) {
        try {
            return new URL(href, document.baseURI);
        } catch (error) {
            return null;
        }
    }

    // Compiled into GovDesk: qrc: without a host (as WebUrlPolicy.h has it), or inline data.
    function isLocal(href, allowData) {
        const url = resolve(href);
        if (!url)
            return false;
        return (url.protocol === 'qrc:' && url.host === '') || (allowData && url.protocol === 'data:');
    }

    function isScript(href) {
        const url = resolve(href);
        return !url || url.protocol === 'javascript:';
    }

    function stylesheetsOf(parsed) {
        const hrefs = [];
        for (const link of parsed.querySelectorAll('link[rel~="stylesheet" i][href]')) {
            const href = link.getAttribute('href');
            if (isLocal(href, false))
                hrefs.push(resolve(href).href);
        }
        return hrefs;
    }

    // Strips `root`'s elements of everything active or remote; returns how many things it removed.
    function sanitise(root) {
        let removed = 0;
        for (const element of root.querySelectorAll(Dropped)) {
            element.remove();
            ++removed;
        }
        for (const element of root.querySelectorAll('*')) {
            for (const attribute of Array.from(element.attributes)) {
                const name = attribute.name.toLowerCase();
                let keep = !name.startsWith('on') && !Removed.includes(name);
                if (keep && (SourceAttributes.includes(name) || (name === 'href' && !Anchors.has(element.localName))))
                    keep = isLocal(attribute.value, true);
                else if (keep && name === 'href')
                    keep = !isScript(attribute.value); // a link's target is shown, never followed
                if (!keep) {
                    element.removeAttribute(attribute.name);
                    ++removed;
                }
            }
        }
        return removed;
    }

    // Replaces the document's stylesheets with `hrefs`; resolves once each has loaded or failed.
    function linkStylesheets(hrefs) {
        for (const old of document.head.querySelectorAll('link[' + StyleMark + ']'))
            old.remove();
        return Promise.all(hrefs.map(function (href) {
            return new Promise(function (done) {
                const link = document.createElement('link');
                link.rel = 'stylesheet';
                link.setAttribute(StyleMark, '');
                link.addEventListener('load', done);
                link.addEventListener('error', done);
                link.href = href;
                document.head.appendChild(link);
            });
        }));
    }

    async function show(request) {
        const serial = request.serial;
        latestSerial = serial;
        const parsed = new DOMParser().parseFromString(String(request.html || ''), 'text/html');
        const stylesheets = stylesheetsOf(parsed);
        const removed = sanitise(parsed.body); // of the head, only the stylesheets are taken
        await linkStylesheets(stylesheets);
        if (serial !== latestSerial)
            return; // a newer document arrived while the stylesheets loaded
        document.title = parsed.title;
        document.documentElement.lang = parsed.documentElement.lang || 'zh-CN';
        document.body.className = parsed.body.className;
        // Copied out first: each node leaves parsed.body's live list as it is adopted.
        document.body.replaceChildren(...Array.from(parsed.body.childNodes));
        window.scrollTo(0, 0);
        // Two frames: the document is laid out and painted before C++ hears of it.
        requestAnimationFrame(function () {
            requestAnimationFrame(function () {
                bridge.reportRendered(serial, { stylesheets: stylesheets.length, removed: removed });
            });
        });
    }

    // A preview, not a browser: links and forms lead nowhere (the host would refuse to leave
    // qrc:, but a qrc: link would replace this page).
    for (const type of ['click', 'auxclick']) {
        document.addEventListener(type, function (event) {
            if (event.target instanceof Element && event.target.closest('a, area'))
                event.preventDefault();
        }, true);
    }
    document.addEventListener('submit', function (event) {
        event.preventDefault();
    }, true);

    connectRequestBridge(show, function (connected) {
        bridge = connected;
    });
})();
