// ofdview.js: shows the OFD that GovDesk's OfdBridge ("govdesk") publishes over QWebChannel —
// ofd.js parses and draws every page, stacked — after registering the package's embedded fonts,
// and reports pages, fonts and errors back to it.
'use strict';

(function () {
    const container = document.getElementById('pages');
    // ofd.js clamps its scale (pixels per millimetre) to 1…10.
    const MinScale = 1;
    const MaxScale = 10;
    const Gap = 24; // pixels of desk left and right of the pages when fitting the width

    let bridge = null;
    let shown = null; // { serial, documents, scale, fit, pageWidthMm }
    let faces = [];
    let latestSerial = 0;
    let resizeTimer = 0;

    function decodeBase64(text) {
        const binary = atob(text);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; ++i)
            bytes[i] = binary.charCodeAt(i);
        return bytes.buffer;
    }

    function parse(buffer) {
        return new Promise(function (resolve, reject) {
            ofd.parseOfdDocument({
                ofd: buffer,
                success: resolve,
                fail: function (error) {
                    reject(error instanceof Error ? error : new Error(String(error)));
                },
            });
        });
    }

    // A page's size in millimetres, from the box ofd.js draws it in (calPageBoxScale's order).
    function pageWidthMm(document, page) {
        const json = page[Object.keys(page)[0]].json;
        const area = json['ofd:Area'] || document['ofd:CommonData']['ofd:PageArea'];
        const box = area['ofd:PhysicalBox'] || area['ofd:ApplicationBox'] || area['ofd:ContentBox'];
        return parseFloat(String(box).trim().split(/\s+/)[2]);
    }

    function widestPage(documents) {
        let widest = 0;
        for (const doc of documents) {
            for (const page of doc.pages)
                widest = Math.max(widest, pageWidthMm(doc.document, page) || 0);
        }
        return widest || 210;
    }

    function fitScale() {
        const scale = (container.clientWidth - Gap) / shown.pageWidthMm;
        return Math.min(MaxScale, Math.max(MinScale, scale));
    }

    function draw(scale) {
        ofd.setPageScale(scale);
        container.replaceChildren();
        let count = 0;
        for (const doc of shown.documents) {
            for (const pageDiv of ofd.renderOfdByScale(doc)) {
                pageDiv.classList.add('ofd-page');
                container.appendChild(pageDiv);
                ++count;
            }
        }
        shown.scale = scale;
        return count;
    }

    // Registers the embedded fonts under families of our own and points ofd.js's font table
    // (font ID -> family) at them, so every glyph comes from the package, never from a system font
    // that happens to share the name. Fonts without a usable file keep ofd.js's own mapping.
    async function registerFonts(documents, packageFonts, useEmbedded) {
        for (const face of faces)
            document.fonts.delete(face);
        faces = [];
        const report = [];
        for (let d = 0; d < documents.length; ++d) {
            for (const font of packageFonts[d] || []) {
                const entry = { name: font.name, id: font.id, embedded: false, problem: font.problem };
                report.push(entry);
                if (!font.bytes || !useEmbedded)
                    continue;
                const family = 'govdesk-ofd-font-' + faces.length;
                try {
                    const face = new FontFace(family, font.bytes);
                    await face.load();
                    document.fonts.add(face);
                    faces.push(face);
                } catch (error) {
                    entry.problem = 'the embedded font cannot be read: ' + String(error);
                    continue;
                }
                entry.embedded = true;
                entry.family = family;
                entry.codePoints = GovDeskOfdFonts.codePoints(font.bytes);
                documents[d].fontResObj[font.id] = family;
            }
        }
        return report;
    }

    // Characters drawn with an embedded font that has no glyph for them (the browser would take
    // them from a system font), per font.
    function missingGlyphs(fonts) {
        const byFamily = new Map();
        for (const font of fonts) {
            if (font.embedded && font.codePoints)
                byFamily.set(font.family, { font: font, missing: new Set() });
        }
        for (const text of container.querySelectorAll('text')) {
            const entry = byFamily.get(text.style.fontFamily.replace(/["']/g, '').trim());
            if (!entry)
                continue;
            for (const character of text.textContent) {
                const code = character.codePointAt(0);
                if (code > 0x20 && !entry.font.codePoints.has(code))
                    entry.missing.add(character);
            }
        }
        for (const entry of byFamily.values())
            entry.font.missingGlyphs = Array.from(entry.missing).join('');
    }

    async function show(request) {
        const serial = request.serial;
        latestSerial = serial;
        try {
            const buffer = decodeBase64(request.data || '');
            const zip = await JSZip.loadAsync(buffer).catch(function () {
                throw new Error('not a ZIP package');
            });
            if (!zip.file('OFD.xml'))
                throw new Error('no OFD.xml in the package');
            const packageFonts = await GovDeskOfdFonts.read(zip);
            const documents = await parse(buffer);
            if (!documents || documents.length === 0)
                throw new Error('the package holds no document');
            const fonts = await registerFonts(documents, packageFonts, request.embeddedFonts !== false);
            if (serial !== latestSerial)
                return; // a newer document arrived while this one was read
            shown = { serial: serial, documents: documents, fit: !(request.scale > 0), scale: 0 };
            shown.pageWidthMm = widestPage(documents);
            const pages = draw(shown.fit ? fitScale() : request.scale);
            await document.fonts.ready;
            missingGlyphs(fonts);
            // Two frames: the pages are laid out and painted before C++ hears of them.
            requestAnimationFrame(function () {
                requestAnimationFrame(function () {
                    const summary = {
                        pages: pages,
                        scale: shown.scale,
                        fonts: fonts.map(function (font) {
                            return {
                                name: font.name,
                                id: font.id,
                                embedded: font.embedded,
                                problem: font.problem || '',
                                missingGlyphs: font.missingGlyphs || '',
                            };
                        }),
                    };
                    bridge.reportRendered(serial, summary);
                });
            });
        } catch (error) {
            if (serial !== latestSerial)
                return;
            container.replaceChildren();
            shown = null;
            bridge.reportFailed(serial, String(error && error.message ? error.message : error));
        }
    }

    window.addEventListener('resize', function () {
        clearTimeout(resizeTimer);
        resizeTimer = setTimeout(function () {
            if (shown && shown.fit) {
                const scale = fitScale();
                if (Math.abs(scale - shown.scale) > 0.01)
                    draw(scale);
            }
        }, 150);
    });

    connectRequestBridge(show, function (connected) {
        bridge = connected;
    });
})();
