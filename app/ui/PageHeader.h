// PageHeader: the title line at the top of every module page (title, subtitle, actions).
#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace GovDesk::Ui {

class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // Buttons or other widgets on the right.
    void addAction(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace GovDesk::Ui
