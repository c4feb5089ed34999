// ErrorBanner: a red-tinted bar above a page that states what failed, with the technical detail on request.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace GovDesk::Ui {

class ErrorBanner : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the banner; the detail (error codes, server replies) is for support staff and stays
    // collapsed behind "Details…" so the message itself stays readable for the clerk.
    void showError(const QString &message, const QString &detail = {});
    // Empties and hides the banner without emitting dismissed().
    void clear();

    QString message() const;
    QString detail() const;

Q_SIGNALS:
    // The user closed the banner.
    void dismissed();

private:
    QLabel *m_message;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_detail;
    QToolButton *m_close;
};

} // namespace GovDesk::Ui
