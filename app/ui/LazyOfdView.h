// LazyOfdView: an OFD document (GB/T 33190) drawn by ofd.js in the WebEngine host, at no cost until
// it is first shown.
#pragma once

#include "LazyWebWidget.h"

#include <QByteArray>
#include <QJsonObject>

namespace GovDesk::Ui {

// Holds the OFD's bytes; the viewer (govdesk-web-ofd) is loaded the first time the widget becomes
// visible (see LazyWebWidget).
class LazyOfdView : public LazyWebWidget
{
    Q_OBJECT
public:
    explicit LazyOfdView(QWidget *parent = nullptr);
    ~LazyOfdView() override;

    // May be called at any time; the view shows the latest document once it exists.
    void load(const QByteArray &ofd);
    // The OfdView once created (tests, screenshots); null before the first show.
    [[nodiscard]] QWidget *view() const { return content(); }
    // What the last render reported: "pages", and per font its name, whether it was embedded, and
    // what is wrong with it (see OfdView::summary()).
    [[nodiscard]] QJsonObject summary() const { return m_summary; }
    [[nodiscard]] static QString pluginPath();

Q_SIGNALS:
    void rendered(const QJsonObject &summary);
    void renderFailed(const QString &message);

protected:
    void attach(QWidget *view) override;
    [[nodiscard]] QString unavailableText(const QString &reason) const override;

private:
    QByteArray m_ofd;
    QJsonObject m_summary;
};

} // namespace GovDesk::Ui
