// Tests ModuleMetadata: reading a plugin's JSON description and refusing broken ones.
#include "TestProfile.h"
#include "module/ModuleMetadata.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Core;

class TestModuleMetadata : public QObject
{
    Q_OBJECT

    static QJsonObject documentsModule()
    {
        return {{QStringLiteral("id"), QStringLiteral("documents")},
                {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("公文")},
                                                     {QStringLiteral("en"), QStringLiteral("Documents")}}},
                {QStringLiteral("icon"), QStringLiteral(":/documents/icon.svg")},
                {QStringLiteral("version"), QStringLiteral("1.2.0")},
                {QStringLiteral("apiVersion"), 1},
                {QStringLiteral("requires"), QJsonArray{QStringLiteral("workbench")}},
                {QStringLiteral("roles"), QJsonArray{QStringLiteral("clerk"), QStringLiteral("leader")}},
                {QStringLiteral("order"), 10}};
    }

private Q_SLOTS:
    void readsEveryField()
    {
        auto metadata = ModuleMetadata::fromJson(documentsModule());
        GD_VERIFY(metadata);
        QCOMPARE(metadata->id, QStringLiteral("documents"));
        QCOMPARE(metadata->nameZh, QStringLiteral("公文"));
        QCOMPARE(metadata->nameEn, QStringLiteral("Documents"));
        QCOMPARE(metadata->version, QStringLiteral("1.2.0"));
        QCOMPARE(metadata->apiVersion, 1);
        QCOMPARE(metadata->dependencies, QStringList{QStringLiteral("workbench")});
        QCOMPARE(metadata->roles, (QStringList{QStringLiteral("clerk"), QStringLiteral("leader")}));
        QCOMPARE(metadata->order, 10);
        QJsonObject unordered = documentsModule();
        unordered.remove(QStringLiteral("order"));
        QCOMPARE(ModuleMetadata::fromJson(unordered)->order, ModuleMetadata::DefaultOrder);
    }

    void displayNameFollowsTheLanguage()
    {
        const ModuleMetadata metadata = ModuleMetadata::fromJson(documentsModule()).value();
        QCOMPARE(metadata.displayName(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("公文"));
        QCOMPARE(metadata.displayName(QLocale(QLocale::English)), QStringLiteral("Documents"));
        QCOMPARE(metadata.displayName(QLocale(QLocale::German)), QStringLiteral("公文")); // zh_CN first
    }

    void rolesLimitWhoMayOpenIt()
    {
        const ModuleMetadata metadata = ModuleMetadata::fromJson(documentsModule()).value();
        QVERIFY(metadata.allowsRole(QStringLiteral("leader")));
        QVERIFY(!metadata.allowsRole(QStringLiteral("guest")));
        QJsonObject open = documentsModule();
        open.remove(QStringLiteral("roles"));
        QVERIFY(ModuleMetadata::fromJson(open)->allowsRole(QStringLiteral("guest")));
    }

    void refusesBrokenDescriptions_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QString());
        QTest::newRow("id with spaces") << QStringLiteral("id") << QJsonValue(QStringLiteral("Not An Id"));
        QTest::newRow("id with a path") << QStringLiteral("id") << QJsonValue(QStringLiteral("../etc"));
        QTest::newRow("no name") << QStringLiteral("name") << QJsonValue(QJsonObject());
        QTest::newRow("no version") << QStringLiteral("version") << QJsonValue(QString());
        QTest::newRow("no api version") << QStringLiteral("apiVersion") << QJsonValue(0);
    }

    void refusesBrokenDescriptions()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = documentsModule();
        json.insert(field, value);
        auto metadata = ModuleMetadata::fromJson(json);
        QVERIFY(!metadata);
        QCOMPARE(metadata.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!metadata.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModuleMetadata)
#include "tst_modulemetadata.moc"
