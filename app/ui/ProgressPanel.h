// ProgressPanel: label, progress bar and Cancel button shown while a page runs long work.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace GovDesk::Ui {

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    // Shows the panel; maximum 0 means the amount of work is unknown (busy indicator).
    void start(const QString &what, int maximum = 0);
    // A non-empty text replaces the label, except while cancelling.
    void setProgress(int value, const QString &text = {});
    // The work ended (done, failed or cancelled): hides the panel and re-arms Cancel.
    void finish();

    bool isCancelling() const { return m_cancelling; }

Q_SIGNALS:
    // Emitted once per start(); the worker decides when it can actually stop and calls finish().
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_cancelling = false;
};

} // namespace GovDesk::Ui
