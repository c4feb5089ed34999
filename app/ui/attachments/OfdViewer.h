// OfdViewer: an attached OFD read in the app (ofd.js in the WebEngine host, through LazyOfdView),
// from bytes kept in the profile — never from a plaintext copy on disk.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;

namespace GovDesk::Ui {

class LazyOfdView;

// Qt WebEngine is loaded when the first viewer is shown, not when a page holding attachments opens. Below the
// pages a line says how many there are and whether every font the document uses is embedded:
// fonts missing are the first thing that goes wrong with OFD on Linux.
class OfdViewer : public QDialog
{
    Q_OBJECT
public:
    explicit OfdViewer(QWidget *parent = nullptr);

    // Shows `bytes` once the viewer is visible; the outcome arrives with rendered() or failed().
    void load(const QByteArray &bytes, const QString &title);
    [[nodiscard]] LazyOfdView *view() const { return m_view; }
    [[nodiscard]] int pageCount() const;
    // The line under the pages: pages and fonts, or why the file cannot be shown.
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void rendered();
    void failed(const QString &reason);

private:
    void showSummary(const QJsonObject &summary);
    void showFailure(const QString &reason);

    LazyOfdView *m_view;
    QLabel *m_status;
};

} // namespace GovDesk::Ui
