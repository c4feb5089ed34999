// Tests the 林业 plugins as built: what ModuleManager and the shell read from the .so files, and
// that the core plugin needs no display.
#include "ModuleUi.h"
#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleMetadata.h"

#include <QJsonObject>
#include <QPluginLoader>
#include <QProcess>
#include <QTest>

using namespace GovDesk::Core;

class TestForestryPlugin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadata()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_FORESTRY_PLUGIN));
        QCOMPARE(loader.metaData().value(QStringLiteral("IID")).toString(),
                 QStringLiteral(GovDeskModule_iid));
        auto metadata
            = ModuleMetadata::fromJson(loader.metaData().value(QStringLiteral("MetaData")).toObject());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("forestry"));
        QCOMPARE(metadata->nameZh, QStringLiteral("林业"));
        QCOMPARE(metadata->nameEn, QStringLiteral("Forestry"));
        QCOMPARE(metadata->apiVersion, ModuleApiVersion);
        QCOMPARE(metadata->order, 40);
        QCOMPARE(metadata->dependencies, QStringList{QStringLiteral("workbench")});
        QVERIFY(!loader.isLoaded());
    }

    void corePluginIsHeadless()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_FORESTRY_PLUGIN));
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QVERIFY(qobject_cast<Module *>(instance));
        QVERIFY(!qobject_cast<GovDesk::Ui::ModuleUi *>(instance));
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(GOVDESK_FORESTRY_PLUGIN)});
        QVERIFY(ldd.waitForFinished());
        const QString links = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(links.contains(QStringLiteral("libgovdesk-core")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Widgets")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6Gui")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("libQt6WebEngine")), qPrintable(links));
    }

    void uiPluginNamesItsModule()
    {
        QPluginLoader loader(QStringLiteral(GOVDESK_FORESTRY_UI_PLUGIN));
        QCOMPARE(loader.metaData().value(QStringLiteral("IID")).toString(),
                 QStringLiteral(GovDeskModuleUi_iid));
        const QJsonObject own = loader.metaData().value(QStringLiteral("MetaData")).toObject();
        QCOMPARE(own.value(QStringLiteral("module")).toString(), QStringLiteral("forestry"));
        QCOMPARE(own.value(QStringLiteral("apiVersion")).toInt(), ModuleApiVersion);
        QObject *instance = loader.instance();
        QVERIFY2(instance, qPrintable(loader.errorString()));
        QVERIFY(qobject_cast<GovDesk::Ui::ModuleUi *>(instance));
        // Charts load the engine only when shown: the page's plugin does not link Qt WebEngine.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(GOVDESK_FORESTRY_UI_PLUGIN)});
        QVERIFY(ldd.waitForFinished());
        QVERIFY(!QString::fromLocal8Bit(ldd.readAllStandardOutput()).contains(QStringLiteral("WebEngine")));
    }
};

QTEST_MAIN(TestForestryPlugin)
#include "tst_forestryplugin.moc"
