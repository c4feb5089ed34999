#include "ActivityMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace GovDesk::Shell {

ActivityMonitor::ActivityMonitor(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool ActivityMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace GovDesk::Shell
