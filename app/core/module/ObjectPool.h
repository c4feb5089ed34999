// ObjectPool: services that modules offer each other, found by interface, never by header.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace GovDesk::Core {

// As Qt Creator's ExtensionSystem::PluginManager object pool: a module adds an object that
// implements a service interface (a header under app/core/services, declared with
// Q_DECLARE_INTERFACE) and another finds it with object<Interface>(). Neither includes the
// other's headers; a module that needs a service lists its provider in "requires", so the
// provider's initialize() (where it adds the object) has run first. Objects stay owned by the
// module that added them; an object destroyed without removeObject() simply disappears.
class ObjectPool : public QObject
{
    Q_OBJECT
public:
    explicit ObjectPool(QObject *parent = nullptr);

    void addObject(QObject *object);
    void removeObject(QObject *object);
    [[nodiscard]] QList<QObject *> objects() const;

    // The first object that implements T (a Q_DECLARE_INTERFACE interface or a QObject class).
    template<typename T> [[nodiscard]] T *object() const
    {
        for (QObject *candidate : objects()) {
            if (T *found = qobject_cast<T *>(candidate))
                return found;
        }
        return nullptr;
    }
    template<typename T> [[nodiscard]] QList<T *> allObjects() const
    {
        QList<T *> found;
        for (QObject *candidate : objects()) {
            if (T *cast = qobject_cast<T *>(candidate))
                found.append(cast);
        }
        return found;
    }

Q_SIGNALS:
    void objectAdded(QObject *object);
    void aboutToRemoveObject(QObject *object);

private:
    QList<QPointer<QObject>> m_objects;
};

} // namespace GovDesk::Core
