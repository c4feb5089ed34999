// Tests the workbench plugin as built: what ModuleManager and the shell read from the .so.
#include "ModuleUi.h"
#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleMetadata.h"

#include <QJsonObject>
#include <QPluginLoader>
#include <QProcess>
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

    void corePluginIsHeadless()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_WORKBENCH_PLUGIN));
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QVERIFY(qobject_cast<Module *>(instance));
        QVERIFY(!qobject_cast<GovDesk::Ui::ModuleUi *>(instance));
        QCOMPARE(instance->metaObject()->className(), "GovDesk::Workbench::WorkbenchModule");
        // What the CLI loads must not need a display: no QtWidgets/QtGui in its links.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(GOVDESK_WORKBENCH_PLUGIN)});
        QVERIFY(ldd.waitForFinished());
        const QString links = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(links.contains(QStringLiteral("libgovdesk-core")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Widgets")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Gui")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libgovdesk-ui")), qPrintable(links));
    }

    void uiPluginNamesItsModule()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_WORKBENCH_UI_PLUGIN));
        QCOMPARE(loader.metaData().value(QStringLiteral("IID")).toString(), QStringLiteral(GovDeskModuleUi_iid));
        const QJsonObject own = loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(own.value(QStringLiteral("module")).toString(), QStringLiteral("workbench"));
        QCOMPARE(own.value(QStringLiteral("apiVersion")).toInt(), ModuleApiVersion);
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QVERIFY(qobject_cast<GovDesk::Ui::ModuleUi *>(instance));
        QVERIFY(!qobject_cast<Module *>(instance));
    }
};

QTEST_MAIN(TestWorkbenchPlugin)
#include "tst_workbenchplugin.moc"
