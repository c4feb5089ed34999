// Tests the workbench plugin as built: what ModuleManager and the shell read from the .so.
#include "ModuleUi.h"
#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleMetadata.h"

#include <QJsonObject>
#include <QPluginLoader>
#include <QTest>

using namespace GovDesk::Core;

class TestWorkbenchPlugin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataIsReadWithoutLoadingCode()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN));
        QCOMPARE(loader.metaData().value(QStringLiteral("IID")).toString(),
                 QStringLiteral(GovDeskModule_iid));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("workbench"));
        QCOMPARE(metadata->nameZh, QStringLiteral("工作台"));
        QCOMPARE(metadata->nameEn, QStringLiteral("Workbench"));
        QCOMPARE(metadata->version, QStringLiteral("1.0.0"));
        QCOMPARE(metadata->apiVersion, ModuleApiVersion);
        QVERIFY(metadata->dependencies.isEmpty());
        QVERIFY(metadata->roles.isEmpty());
        QVERIFY(!loader.isLoaded());
    }

    void oneInstanceIsBothModuleAndPage()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN));
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QVERIFY(qobject_cast<Module *>(instance));
        QVERIFY(qobject_cast<GovDesk::Ui::ModuleUi *>(instance));
        QCOMPARE(instance->metaObject()->className(), "GovDesk::Workbench::WorkbenchPlugin");
    }
};

QTEST_MAIN(TestWorkbenchPlugin)
#include "tst_workbenchplugin.moc"
