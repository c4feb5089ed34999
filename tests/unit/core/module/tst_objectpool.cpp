// Tests the object pool through which modules offer each other services by interface.
#include "module/ObjectPool.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// A service interface as a module would declare it in app/core/services: no module's header.
class DocumentHandoff
{
public:
    virtual ~DocumentHandoff() = default;
    virtual QString handOff(const QString &documentId) = 0;
};
} // namespace

#define DocumentHandoff_iid "org.govdesk.test.DocumentHandoff/1"
Q_DECLARE_INTERFACE(DocumentHandoff, DocumentHandoff_iid)

namespace {
class Handoff : public QObject, public DocumentHandoff
{
    Q_OBJECT
    Q_INTERFACES(DocumentHandoff)
public:
    QString handOff(const QString &documentId) override
    {
        return QStringLiteral("已转信息公开：") + documentId;
    }
};
} // namespace

using GovDesk::Core::ObjectPool;

class TestObjectPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aServiceIsFoundByItsInterface()
    {
        ObjectPool pool;
        QObject unrelated;
        Handoff handoff;
        QSignalSpy added(&pool, &ObjectPool::objectAdded);
        pool.addObject(&unrelated);
        QVERIFY(!pool.object<DocumentHandoff>());
        pool.addObject(&handoff);
        pool.addObject(&handoff); // once only
        QCOMPARE(added.size(), 2);
        DocumentHandoff *service = pool.object<DocumentHandoff>();
        QVERIFY(service);
        QCOMPARE(service->handOff(QStringLiteral("桂政发〔2026〕3号")),
                 QStringLiteral("已转信息公开：桂政发〔2026〕3号"));
        QCOMPARE(pool.allObjects<DocumentHandoff>().size(), 1);
    }

    void removedAndDestroyedObjectsAreGone()
    {
        ObjectPool pool;
        auto handoff = std::make_unique<Handoff>();
        pool.addObject(handoff.get());
        QSignalSpy removing(&pool, &ObjectPool::aboutToRemoveObject);
        pool.removeObject(handoff.get());
        QCOMPARE(removing.size(), 1);
        QVERIFY(!pool.object<DocumentHandoff>());
        pool.addObject(handoff.get());
        handoff.reset(); // a module unloaded without removing its object
        QVERIFY(!pool.object<DocumentHandoff>());
        QVERIFY(pool.objects().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestObjectPool)
#include "tst_objectpool.moc"
