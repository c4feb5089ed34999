// ActivityMonitor: tells the idle auto-lock about keyboard and mouse input anywhere in the app.
#pragma once

#include <QObject>

namespace GovDesk::Shell {

class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ActivityMonitor(QObject *parent = nullptr);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace GovDesk::Shell
