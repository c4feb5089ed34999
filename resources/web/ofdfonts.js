// ofdfonts.js: the fonts an OFD package carries (PublicRes.xml / DocumentRes.xml, Font with
// FontFile), read with JSZip, and which characters each one has (its cmap). ofd.js itself ignores
// embedded fonts and asks the system for a family named after the font, which on Linux is rarely
// installed; ofdview.js registers these instead.
'use strict';

const GovDeskOfdFonts = (function () {
    // Elements by local name: packages differ in their namespace prefix (ofd:, none, another).
    function children(parent, name) {
        return parent ? Array.from(parent.getElementsByTagNameNS('*', name)) : [];
    }

    function firstText(parent, name) {
        const element = children(parent, name)[0];
        return element ? element.textContent.trim() : '';
    }

    function directoryOf(path) {
        const slash = path.lastIndexOf('/');
        return slash < 0 ? '' : path.substring(0, slash);
    }

    // A path of the package: absolute ("/Doc_0/Res/font.ttf") or relative to `baseDir`, with "."
    // and ".." resolved; null when it climbs out of the package.
    function resolvePath(baseDir, path) {
        const parts = [];
        const joined = path.startsWith('/') ? path : (baseDir ? baseDir + '/' : '') + path;
        for (const part of joined.split('/')) {
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (parts.length === 0)
                    return null;
                parts.pop();
            } else {
                parts.push(part);
            }
        }
        return parts.join('/');
    }

    async function readXml(zip, path) {
        const file = path === null ? null : zip.file(path);
        if (!file)
            throw new Error('missing from the package: ' + path);
        const text = await file.async('string');
        const xml = new DOMParser().parseFromString(text, 'application/xml');
        if (xml.getElementsByTagName('parsererror').length > 0)
            throw new Error('not well-formed XML: ' + path);
        return xml;
    }

    // The fonts of one Res file: [{id, name, path, bytes | null, problem}].
    async function fontsOfRes(zip, resPath) {
        const xml = await readXml(zip, resPath);
        const res = xml.documentElement;
        const base = resolvePath(directoryOf(resPath), res.getAttribute('BaseLoc') || '');
        const fonts = [];
        for (const font of children(res, 'Font')) {
            const entry = {
                id: font.getAttribute('ID') || '',
                name: font.getAttribute('FontName') || font.getAttribute('FamilyName') || '?',
                path: '',
                bytes: null,
                problem: '',
            };
            const fontFile = firstText(font, 'FontFile');
            if (!fontFile) {
                entry.problem = 'not embedded';
            } else {
                entry.path = resolvePath(base, fontFile) || fontFile;
                const file = zip.file(entry.path);
                if (file)
                    entry.bytes = await file.async('uint8array');
                else
                    entry.problem = 'font file missing from the package: ' + fontFile;
            }
            fonts.push(entry);
        }
        return fonts;
    }

    // The fonts of every document in the package, one array per DocBody (ofd.js's order), each
    // font keyed by its ID as the document's TextObjects refer to it.
    async function read(zip) {
        const ofdXml = await readXml(zip, 'OFD.xml');
        const documents = [];
        for (const body of children(ofdXml.documentElement, 'DocBody')) {
            const docRoot = resolvePath('', firstText(body, 'DocRoot'));
            const documentXml = await readXml(zip, docRoot);
            const docDir = directoryOf(docRoot);
            const fonts = [];
            for (const name of ['DocumentRes', 'PublicRes']) {
                for (const res of children(documentXml.documentElement, name)) {
                    const resPath = resolvePath(docDir, res.textContent.trim());
                    fonts.push(...(await fontsOfRes(zip, resPath)));
                }
            }
            documents.push(fonts);
        }
        return documents;
    }

    // The code points a TrueType/OpenType font maps to a glyph (cmap formats 4 and 12, the ones
    // Unicode fonts use), or null when it has no such table.
    function codePoints(bytes) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let offset = 0;
        if (view.getUint32(0) === 0x74746366) // 'ttcf': a collection, its first font
            offset = view.getUint32(12);
        const tableCount = view.getUint16(offset + 4);
        let cmap = -1;
        for (let i = 0; i < tableCount; ++i) {
            const record = offset + 12 + 16 * i;
            if (view.getUint32(record) === 0x636d6170) // 'cmap'
                cmap = view.getUint32(record + 8);
        }
        if (cmap < 0)
            return null;
        let best = null;
        const subtables = view.getUint16(cmap + 2);
        for (let i = 0; i < subtables; ++i) {
            const record = cmap + 4 + 8 * i;
            const platform = view.getUint16(record);
            const subtable = cmap + view.getUint32(record + 4);
            const format = view.getUint16(subtable);
            const unicode = platform === 0 || (platform === 3 && [1, 10].includes(view.getUint16(record + 2)));
            if (unicode && (format === 12 || (format === 4 && !best)))
                best = { format: format, at: subtable };
        }
        if (!best)
            return null;
        const points = new Set();
        const at = best.at;
        if (best.format === 12) {
            const groups = view.getUint32(at + 12);
            for (let g = 0; g < groups; ++g) {
                const start = view.getUint32(at + 16 + 12 * g);
                const end = view.getUint32(at + 20 + 12 * g);
                const glyph = view.getUint32(at + 24 + 12 * g);
                for (let c = start; c <= end && c - start < 0x110000; ++c) {
                    if (glyph + (c - start) !== 0)
                        points.add(c);
                }
            }
            return points;
        }
        const segments = view.getUint16(at + 6) / 2;
        const ends = at + 14;
        const starts = ends + 2 * segments + 2;
        const deltas = starts + 2 * segments;
        const rangeOffsets = deltas + 2 * segments;
        for (let s = 0; s < segments; ++s) {
            const start = view.getUint16(starts + 2 * s);
            const end = view.getUint16(ends + 2 * s);
            const delta = view.getUint16(deltas + 2 * s);
            const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
            for (let c = start; c <= end && c !== 0xffff; ++c) {
                let glyph;
                if (rangeOffset === 0) {
                    glyph = (c + delta) & 0xffff;
                } else {
                    const glyphAt = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
                    if (glyph !== 0)
                        glyph = (glyph + delta) & 0xffff;
                }
                if (glyph !== 0)
                    points.add(c);
            }
        }
        return points;
    }

    return { read: read, codePoints: codePoints, resolvePath: resolvePath };
})();
