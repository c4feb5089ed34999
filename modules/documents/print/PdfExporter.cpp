#include "PdfExporter.h"

#include "AtomicFile.h"

#include "DocumentComposer.h"
#include "PageRenderer.h"
#include "PdfTextMap.h"
#include "RedHeaderSelection.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <mutex>

namespace GovDesk::Documents {

namespace {

// Finding the glyphs a font shares looks at every ideograph: once per set of families.
QHash<char32_t, char32_t> sharedGlyphsOf(const QStringList &families)
{
    static std::mutex mutex;
    static QHash<QString, QHash<char32_t, char32_t>> cache;
    const std::scoped_lock lock(mutex);
    const QString key = families.join(QLatin1Char('\n'));
    if (!cache.contains(key))
        cache.insert(key, Print::PdfTextMap::sharedGlyphs(families));
    return cache.value(key);
}

} // namespace

Core::Result<PdfExport> PdfExporter::write(const OfficialDocument &document, QIODevice &device)
{
    return write(document, RedHeaderSelection::fallback(document), device);
}

Core::Result<PdfExport> PdfExporter::write(const OfficialDocument &document, const QString &path)
{
    return write(document, RedHeaderSelection::fallback(document), path);
}

Core::Result<PdfExport> PdfExporter::write(const OfficialDocument &document,
                                           const std::optional<Core::RedHeaderTemplate> &header, QIODevice &device)
{
    const OfficialFonts fonts;
    const QList<Page::ComposedPage> pages = DocumentComposer(fonts).compose(document, header);

    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    QPdfWriter writer(&drawn);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("GovDesk %1").arg(QStringLiteral(GOVDESK_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::fail(Core::ErrorCode::Io, tr("The PDF could not be started."));
    const PageRenderer renderer(fonts);
    const double dotsPerMillimetre = Resolution / 25.4;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return Core::fail(Core::ErrorCode::Io, tr("The PDF could not take page %1.").arg(i + 1));
        renderer.paint(painter, pages.at(i), dotsPerMillimetre);
    }
    if (!painter.end())
        return Core::fail(Core::ErrorCode::Io, tr("The PDF could not be finished."));
    auto fixed = Print::PdfTextMap::fix(drawn.data(), sharedGlyphsOf(fonts.families()));
    if (!fixed)
        return std::unexpected(fixed.error());
    if (device.write(*fixed) != fixed->size())
        return Core::fail(Core::ErrorCode::Io,
                          tr("The PDF could not be written: %1").arg(device.errorString()));
    return PdfExport{static_cast<int>(pages.size()), fonts.describe()};
}

Core::Result<PdfExport> PdfExporter::write(const OfficialDocument &document,
                                           const std::optional<Core::RedHeaderTemplate> &header, const QString &path)
{
    return AtomicFile::write(path, [&](QIODevice &file) { return write(document, header, file); });
}

} // namespace GovDesk::Documents
