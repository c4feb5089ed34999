// Tests the 信息公开 core plugin as built, on a real encrypted profile: metadata, initialisation as
// ModuleManager does it, the demo's items projected, the conflict dialog's labels.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureItem.h"
#include "module/ModuleRecords.h"
#include "module/ModuleTodos.h"
#include "module/ObjectPool.h"
#include "module/ProjectionRunner.h"
#include "services/DisclosureIntake.h"

#include <QPluginLoader>
#include <QTest>

using namespace GovDesk::Core;

class TestDisclosurePlugin : public QObject
{
    Q_OBJECT

private slots:
    void initialisesAndSeedsTheDemo()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        QPluginLoader loader(QStringLiteral(GOVDESK_DISCLOSURE_PLUGIN));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("disclosure"));
        QCOMPARE(metadata->apiVersion, ModuleApiVersion);
        auto context = std::make_unique<ModuleContext>(*metadata, *profile.session, profile.pool);
        auto *module = qobject_cast<Module *>(loader.instance());
        QVERIFY2(module, qPrintable(loader.errorString()));
        QString error;
        QVERIFY2(module->initialize(*context, &error), qPrintable(error));
        QVERIFY(profile.pool.object<DisclosureIntake>()); // 转信息公开 is offered
        QVERIFY2(module->seedDemoData(*context, &error), qPrintable(error));
        GD_VERIFY(context->projections().catchUp());

        auto count = context->records().count({.collection = QStringLiteral("disclosure.item")});
        GD_VERIFY(count);
        QCOMPARE(*count, 60);
        auto todos = context->todos().openItems({QStringLiteral("disclosure")});
        GD_VERIFY(todos);
        QVERIFY(!todos->isEmpty()); // items waiting for review, some of them late
        QCOMPARE(module->fieldLabel(QStringLiteral("disclosure.item"), QStringLiteral("indexNumber")),
                 GovDesk::Disclosure::DisclosureItem::fieldLabel(QStringLiteral("indexNumber")));
        QVERIFY(module->fieldLabel(QStringLiteral("disclosure.item"), QStringLiteral("nonsense")).isEmpty());
        module->aboutToShutdown();
        QVERIFY(!profile.pool.object<DisclosureIntake>());
        context.reset();
    }
};

QTEST_MAIN(TestDisclosurePlugin)
#include "tst_disclosureplugin.moc"
