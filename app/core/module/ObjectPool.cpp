#include "ObjectPool.h"

namespace GovDesk::Core {

ObjectPool::ObjectPool(QObject *parent)
    : QObject(parent)
{
}

void ObjectPool::addObject(QObject *object)
{
    if (!object || m_objects.contains(object))
        return;
    m_objects.append(object);
    Q_EMIT objectAdded(object);
}

void ObjectPool::removeObject(QObject *object)
{
    if (!object || !m_objects.contains(object))
        return;
    Q_EMIT aboutToRemoveObject(object);
    m_objects.removeAll(object);
}

QList<QObject *> ObjectPool::objects() const
{
    QList<QObject *> live;
    for (const QPointer<QObject> &object : m_objects) {
        if (object)
            live.append(object.data());
    }
    return live;
}

} // namespace GovDesk::Core
