// LazyOfdView: an OFD document (GB/T 33190) drawn by ofd.js in the WebEngine host, at no cost until
// it is first shown.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace GovDesk::Ui {

// Holds the OFD's bytes; the viewer (govdesk-web-ofd, Qt WebEngine, a Chromium process) is loaded
// the first time the widget becomes visible. If it cannot be loaded the widget says why in its
// place and emits unavailable(); the caller keeps working.
class LazyOfdView : public QWidget
{
    Q_OBJECT
public:
    explicit LazyOfdView(QWidget *parent = nullptr);
    ~LazyOfdView() override;

    // May be called at any time; the view shows the latest document once it exists.
    void load(const QByteArray &ofd);
    // The OfdView once created (tests, screenshots); null before the first show.
    [[nodiscard]] QWidget *view() const { return m_view; }
    // What the last render reported: "pages", and per font its name, whether it was embedded, and
    // what is wrong with it (see OfdView::summary()).
    [[nodiscard]] QJsonObject summary() const { return m_summary; }
    [[nodiscard]] static QString pluginPath();

Q_SIGNALS:
    void rendered(const QJsonObject &summary);
    void renderFailed(const QString &message);
    void unavailable(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void create();

    QByteArray m_ofd;
    QJsonObject m_summary;
    QPointer<QWidget> m_view;
    QLabel *m_message = nullptr;
    bool m_tried = false;
};

} // namespace GovDesk::Ui
