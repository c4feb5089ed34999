// LazyWebWidget: what LazyChart, LazyOfdView and LazyHtmlView share — a widget whose content comes
// from a plugin of app/ui/web, loaded (and Qt WebEngine with it) the first time it is shown.
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;

namespace GovDesk::Ui {

// A page holds the widget like any other; the plugin (Qt WebEngine, a Chromium process and
// ~100 MB) is loaded only when the widget first becomes visible, so a tab nobody opens never pays
// for it, and neither does the shell at start. If the plugin cannot be loaded the widget says why
// in its place and emits unavailable(); the page keeps working.
class LazyWebWidget : public QWidget
{
    Q_OBJECT
public:
    ~LazyWebWidget() override;

Q_SIGNALS:
    void unavailable(const QString &reason);

protected:
    // `pluginFile`: the plugin's file name (libgovdesk-web-….so), looked for by WebEnginePlugin::path;
    // its WebWidgetFactory makes the content.
    LazyWebWidget(const QString &pluginFile, QWidget *parent);

    // The content was just put in place: connect its signals (by name: govdesk-ui must not know
    // the classes of govdesk-web) and hand it what was set meanwhile.
    virtual void attach(QWidget *content) = 0;
    // Shown in the content's place when the plugin cannot be loaded.
    [[nodiscard]] virtual QString unavailableText(const QString &reason) const = 0;

    // Null before the first show, and when the plugin was unavailable.
    [[nodiscard]] QWidget *content() const { return m_content; }

    void showEvent(QShowEvent *event) override;

private:
    void create();

    QString m_pluginFile;
    QPointer<QWidget> m_content;
    QLabel *m_message = nullptr;
    bool m_tried = false;
};

} // namespace GovDesk::Ui
