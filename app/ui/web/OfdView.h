// OfdView: an OFD document (GB/T 33190) drawn by ofd.js (bundled, offline) with the fonts it embeds.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QWidget>

namespace GovDesk::Ui {

class OfdBridge;
class WebHost;

// All pages stacked, fitted to the view's width (or at a fixed scale), each text drawn with the
// font the package embeds for it. ofd.js on its own asks the system for a font of the same name,
// which a Linux desktop rarely has (仿宋_GB2312, 方正小标宋简体): the viewer registers the embedded
// fonts first, and reports those the document uses without embedding them.
class OfdView : public QWidget
{
    Q_OBJECT
public:
    explicit OfdView(QWidget *parent = nullptr);
    ~OfdView() override;

    // Shows the OFD package `ofd` (its bytes: received documents never leave the encrypted
    // profile as files). May be called before the view is ever shown.
    Q_INVOKABLE void load(const QByteArray &ofd);
    // Pixels per millimetre, 1 to 10; 0 (the default) fits the widest page to the view's width.
    // Applies from the next load().
    void setScale(double pixelsPerMillimetre) { m_scale = pixelsPerMillimetre; }
    // false: draw with the fonts ofd.js finds on the system, as a reader that ignores the embedded
    // ones would (to see the difference they make). Applies from the next load().
    void setEmbeddedFontsUsed(bool used) { m_embeddedFonts = used; }

    [[nodiscard]] bool isReady() const;
    // The last rendered document's report: "pages" (count), "scale" (pixels per millimetre) and
    // "fonts", each {name, id, embedded, problem, missingGlyphs}. Empty until rendered().
    [[nodiscard]] QJsonObject summary() const;
    [[nodiscard]] int pageCount() const;
    // The fonts drawn from the package's own files, by name.
    [[nodiscard]] QStringList embeddedFonts() const;
    // Fonts the document uses but does not embed, or embeds unreadably: "name: problem".
    [[nodiscard]] QStringList missingFonts() const;
    // Embedded fonts that lack a glyph for a character drawn with them: "name: characters".
    [[nodiscard]] QStringList incompleteFonts() const;
    [[nodiscard]] WebHost *host() const { return m_host; }

    // Where the page lives, for tests and the screenshot tool.
    [[nodiscard]] static QUrl pageUrl();

Q_SIGNALS:
    void ready();
    void rendered(const QJsonObject &summary);
    void renderFailed(const QString &message);

private:
    OfdBridge *m_bridge;
    WebHost *m_host;
    double m_scale = 0;
    bool m_embeddedFonts = true;
};

} // namespace GovDesk::Ui
