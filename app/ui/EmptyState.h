// EmptyState: what a list shows when it has nothing, saying why and what to do.
#pragma once

#include <QWidget>

class QLabel;

namespace GovDesk::Ui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &hint, QWidget *parent = nullptr);
    void setText(const QString &title, const QString &hint);

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace GovDesk::Ui
