// Tests ProfileSettings: JSON round-trips of each value type, defaults, independent scopes, and
// that settings persist encrypted in the profile database.
#include "TestProfile.h"
#include "settings/ProfileSettings.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QPoint>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString CoreScope = QStringLiteral("core");
const QString DocumentsScope = QStringLiteral("documents");

bool isInvalidArgument(const Result<> &result)
{
    return !result && result.error().code == ErrorCode::InvalidArgument;
}

} // namespace

class TestProfileSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileSettings> m_settings;

    void open(bool create)
    {
        m_settings.reset();
        m_db.reset();
        auto db = openWithSchema(m_path, ProfileSettings::MigrationOwner, ProfileSettings::migrations(), create);
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_settings = std::make_unique<ProfileSettings>(*m_db);
    }

    // The stored value or the default; a failed read fails the test.
    [[nodiscard]] QVariant read(const QString &scope, const QString &key, const QVariant &defaultValue = {})
    {
        auto value = m_settings->value(scope, key, defaultValue);
        if (!value) {
            QTest::qFail(qPrintable(value.error().fullText()), __FILE__, __LINE__);
            return {};
        }
        return *value;
    }

    [[nodiscard]] QStringList keys(const QString &scope)
    {
        auto keys = m_settings->keys(scope);
        if (!keys) {
            QTest::qFail(qPrintable(keys.error().fullText()), __FILE__, __LINE__);
            return {};
        }
        return *keys;
    }

    [[nodiscard]] qint64 storedCount() const
    {
        return m_db->queryInt(QStringLiteral("SELECT count(*) FROM profile_settings")).value();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("profile.gddb"));
        open(true);
    }

    void cleanup()
    {
        m_settings.reset();
        m_db.reset();
    }

    void migrationIsRecorded()
    {
        auto version
            = MigrationRunner::currentVersion(*m_db, QString::fromLatin1(ProfileSettings::MigrationOwner));
        GD_VERIFY(version);
        QCOMPARE(*version, 1);
    }

    void chineseStringRoundTrips()
    {
        const QString office = QStringLiteral("海南省高级人民法院办公室（审判管理办公室）");
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("office.name"), office));
        const QVariant value = read(CoreScope, QStringLiteral("office.name"));
        QCOMPARE(value.typeId(), QMetaType::QString);
        QCOMPARE(value.toString(), office);
        // JSON escapes nothing it need not: the stored text is the string itself.
        QCOMPARE(m_db->queryInt(QStringLiteral("SELECT value = '[\"%1\"]' FROM profile_settings").arg(office))
                     .value(),
                 1);
    }

    void emptyStringIsAValueNotTheDefault()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.host"), QString()));
        const QVariant value
            = read(CoreScope, QStringLiteral("proxy.host"), QStringLiteral("proxy.hainan.gov.cn"));
        QCOMPARE(value.typeId(), QMetaType::QString);
        QCOMPARE(value.toString(), QString());
    }

    void integerRoundTripsAsInt64()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 8080));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("autoLockMinutes"), -1));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("maxAttachmentBytes"), qint64(4) << 40));
        const QVariant port = read(CoreScope, QStringLiteral("proxy.port"));
        QCOMPARE(port.typeId(), QMetaType::LongLong);
        QCOMPARE(port.toInt(), 8080);
        QCOMPARE(read(CoreScope, QStringLiteral("autoLockMinutes")).toInt(), -1);
        QCOMPARE(read(CoreScope, QStringLiteral("maxAttachmentBytes")).toLongLong(), qint64(4398046511104));
    }

    void boolRoundTrips()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.enabled"), true));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("sync.onMeteredNetwork"), false));
        const QVariant enabled = read(CoreScope, QStringLiteral("proxy.enabled"));
        QCOMPARE(enabled.typeId(), QMetaType::Bool);
        QCOMPARE(enabled.toBool(), true);
        const QVariant metered = read(CoreScope, QStringLiteral("sync.onMeteredNetwork"), true);
        QCOMPARE(metered.typeId(), QMetaType::Bool);
        QCOMPARE(metered.toBool(), false);
    }

    void doubleRoundTripsExactly()
    {
        // 森林覆盖率 62.1%, and a value with no short binary form.
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("forestCoverageTarget"), 62.1));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("tenth"), 0.1));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("whole"), 3.0));
        const QVariant coverage = read(DocumentsScope, QStringLiteral("forestCoverageTarget"));
        QCOMPARE(coverage.typeId(), QMetaType::Double);
        QVERIFY(coverage.toDouble() == 62.1); // exact, not fuzzy
        QVERIFY(read(DocumentsScope, QStringLiteral("tenth")).toDouble() == 0.1);
        // JSON has one number type: a whole double comes back as an integer of the same value.
        const QVariant whole = read(DocumentsScope, QStringLiteral("whole"));
        QCOMPARE(whole.typeId(), QMetaType::LongLong);
        QVERIFY(whole.toDouble() == 3.0);
    }

    void stringListRoundTripsAsList()
    {
        const QStringList recipients{QStringLiteral("县林业局"), QStringLiteral("各乡镇人民政府"),
                                     QStringLiteral("县森林防火指挥部办公室")};
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("defaultRecipients"), recipients));
        const QVariant value = read(DocumentsScope, QStringLiteral("defaultRecipients"));
        QCOMPARE(value.typeId(), QMetaType::QVariantList);
        QCOMPARE(value.toStringList(), recipients);

        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("emptyList"), QStringList{}));
        const QVariant empty
            = read(DocumentsScope, QStringLiteral("emptyList"), QStringList{QStringLiteral("默认")});
        QCOMPARE(empty.typeId(), QMetaType::QVariantList);
        QVERIFY(empty.toList().isEmpty());
    }

    void mapRoundTripsWithNestedValues()
    {
        const QVariantMap proxy{
            {QStringLiteral("host"), QStringLiteral("proxy.hainan.gov.cn")},
            {QStringLiteral("port"), 3128},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("bypass"), QStringList{QStringLiteral("*.gov.cn"), QStringLiteral("10.0.0.0/8")}},
            {QStringLiteral("note"), QStringLiteral("省政务外网代理")},
            {QStringLiteral("timeouts"),
             QVariantMap{{QStringLiteral("connect"), 5.5}, {QStringLiteral("read"), 30}}},
        };
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy"), proxy));
        const QVariant value = read(CoreScope, QStringLiteral("proxy"));
        QCOMPARE(value.typeId(), QMetaType::QVariantMap);
        const QVariantMap map = value.toMap();
        QCOMPARE(map.keys(), proxy.keys());
        QCOMPARE(map.value(QStringLiteral("host")).toString(), QStringLiteral("proxy.hainan.gov.cn"));
        QCOMPARE(map.value(QStringLiteral("port")).typeId(), QMetaType::LongLong);
        QCOMPARE(map.value(QStringLiteral("port")).toInt(), 3128);
        QCOMPARE(map.value(QStringLiteral("enabled")).typeId(), QMetaType::Bool);
        QVERIFY(map.value(QStringLiteral("enabled")).toBool());
        QCOMPARE(map.value(QStringLiteral("bypass")).toStringList(),
                 (QStringList{QStringLiteral("*.gov.cn"), QStringLiteral("10.0.0.0/8")}));
        QCOMPARE(map.value(QStringLiteral("note")).toString(), QStringLiteral("省政务外网代理"));
        const QVariantMap timeouts = map.value(QStringLiteral("timeouts")).toMap();
        QVERIFY(timeouts.value(QStringLiteral("connect")).toDouble() == 5.5);
        QCOMPARE(timeouts.value(QStringLiteral("read")).toInt(), 30);
    }

    void missingKeyGivesTheDefault()
    {
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port"), 8080).toInt(), 8080);
        QCOMPARE(read(CoreScope, QStringLiteral("server.url"), QStringLiteral("https://oa.hainan.gov.cn"))
                     .toString(),
                 QStringLiteral("https://oa.hainan.gov.cn"));
        auto noDefault = m_settings->value(CoreScope, QStringLiteral("proxy.port"));
        GD_VERIFY(noDefault);
        QVERIFY(!noDefault->isValid());
        // Reading a default does not store it.
        QCOMPARE(storedCount(), 0);
        QVERIFY(keys(CoreScope).isEmpty());
    }

    void storedValueWinsOverTheDefault()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 3128));
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port"), 8080).toInt(), 3128);
    }

    void scopesAreIndependent()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("pageSize"), 50));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("pageSize"), 20));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("defaultClassification"),
                                       QStringLiteral("秘密")));
        QCOMPARE(read(CoreScope, QStringLiteral("pageSize")).toInt(), 50);
        QCOMPARE(read(DocumentsScope, QStringLiteral("pageSize")).toInt(), 20);
        QVERIFY(!read(CoreScope, QStringLiteral("defaultClassification")).isValid());
        QVERIFY(!read(QStringLiteral("bulletins"), QStringLiteral("pageSize")).isValid());
        QCOMPARE(keys(CoreScope), QStringList{QStringLiteral("pageSize")});
        QCOMPARE(keys(DocumentsScope),
                 (QStringList{QStringLiteral("defaultClassification"), QStringLiteral("pageSize")}));
        QVERIFY(keys(QStringLiteral("bulletins")).isEmpty());

        GD_VERIFY(m_settings->remove(DocumentsScope, QStringLiteral("pageSize")));
        QCOMPARE(read(CoreScope, QStringLiteral("pageSize")).toInt(), 50);
        QVERIFY(!read(DocumentsScope, QStringLiteral("pageSize")).isValid());
        // Scopes are compared exactly.
        QVERIFY(!read(QStringLiteral("Core"), QStringLiteral("pageSize")).isValid());
    }

    void overwriteReplacesValueAndType()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"),
                                       QStringLiteral("http://10.1.2.3:8080")));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"),
                                       QStringLiteral("https://oa.hainan.gov.cn")));
        QCOMPARE(read(CoreScope, QStringLiteral("server.url")).toString(),
                 QStringLiteral("https://oa.hainan.gov.cn"));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"),
                                       QStringList{QStringLiteral("主"), QStringLiteral("备")}));
        const QVariant list = read(CoreScope, QStringLiteral("server.url"));
        QCOMPARE(list.typeId(), QMetaType::QVariantList);
        QCOMPARE(list.toStringList(), (QStringList{QStringLiteral("主"), QStringLiteral("备")}));
        QCOMPARE(storedCount(), 1);
        QCOMPARE(keys(CoreScope), QStringList{QStringLiteral("server.url")});
    }

    void removeGoesBackToTheDefault()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 3128));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.host"),
                                       QStringLiteral("proxy.hainan.gov.cn")));
        GD_VERIFY(m_settings->remove(CoreScope, QStringLiteral("proxy.port")));
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port"), 8080).toInt(), 8080);
        QCOMPARE(keys(CoreScope), QStringList{QStringLiteral("proxy.host")});
        GD_VERIFY(m_settings->remove(CoreScope, QStringLiteral("proxy.port"))); // not set: no error
        GD_VERIFY(m_settings->remove(QStringLiteral("bulletins"), QStringLiteral("proxy.host")));
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.host")).toString(),
                 QStringLiteral("proxy.hainan.gov.cn"));
        QCOMPARE(storedCount(), 1);
    }

    void keysAreSorted()
    {
        for (const char *key : {"server.url", "proxy.port", "proxy", "autoLockMinutes", "proxy.host", "Zone"})
            GD_VERIFY(m_settings->setValue(CoreScope, QString::fromLatin1(key), 1));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("b"), 1));
        GD_VERIFY(m_settings->setValue(DocumentsScope, QStringLiteral("a"), 1));
        // Code-point order: upper case before lower case, a prefix before its extensions.
        QCOMPARE(keys(CoreScope), (QStringList{QStringLiteral("Zone"), QStringLiteral("autoLockMinutes"),
                                               QStringLiteral("proxy"), QStringLiteral("proxy.host"),
                                               QStringLiteral("proxy.port"), QStringLiteral("server.url")}));
        QCOMPARE(keys(DocumentsScope), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void valuesWithoutJsonFormAreRefused_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("invalid QVariant") << QVariant();
        QTest::newRow("null") << QVariant::fromValue(nullptr);
        QTest::newRow("NaN") << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity());
        QTest::newRow("QPoint") << QVariant(QPoint(3, 4));
    }

    void valuesWithoutJsonFormAreRefused()
    {
        QFETCH(QVariant, value);
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 3128));
        auto set = m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), value);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!set.error().message.isEmpty());
        // The old value is untouched.
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port")).toInt(), 3128);
        QCOMPARE(storedCount(), 1);
    }

    void emptyScopeOrKeyIsRefused()
    {
        QVERIFY(isInvalidArgument(m_settings->setValue({}, QStringLiteral("proxy.port"), 1)));
        QVERIFY(isInvalidArgument(m_settings->setValue(CoreScope, {}, 1)));
        QVERIFY(isInvalidArgument(m_settings->remove({}, QStringLiteral("proxy.port"))));
        QVERIFY(isInvalidArgument(m_settings->remove(CoreScope, QString())));
        auto value = m_settings->value(CoreScope, {}, 8080);
        QVERIFY(!value);
        QCOMPARE(value.error().code, ErrorCode::InvalidArgument);
        auto keys = m_settings->keys({});
        QVERIFY(!keys);
        QCOMPARE(keys.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(storedCount(), 0);
    }

    void unreadableStoredValueIsReported_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("not JSON") << QStringLiteral("8080");
        QTest::newRow("bare string") << QStringLiteral("\"x\"");
        QTest::newRow("object") << QStringLiteral("{\"v\":1}");
        QTest::newRow("two elements") << QStringLiteral("[1,2]");
        QTest::newRow("empty array") << QStringLiteral("[]");
        QTest::newRow("truncated") << QStringLiteral("[\"海南");
    }

    void unreadableStoredValueIsReported()
    {
        QFETCH(QString, stored);
        GD_VERIFY(m_db->execute(
            QStringLiteral("INSERT INTO profile_settings VALUES ('core', 'proxy.port', '%1')").arg(stored)));
        auto value = m_settings->value(CoreScope, QStringLiteral("proxy.port"), 8080);
        QVERIFY(!value);
        QCOMPARE(value.error().code, ErrorCode::Corrupt);
        QVERIFY(value.error().detail.contains(QStringLiteral("proxy.port")));
        // Still listed and removable, so the user can get back to the default.
        QCOMPARE(keys(CoreScope), QStringList{QStringLiteral("proxy.port")});
        GD_VERIFY(m_settings->remove(CoreScope, QStringLiteral("proxy.port")));
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port"), 8080).toInt(), 8080);
    }

    void setValueJoinsTheCallersTransaction()
    {
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"),
                                       QStringLiteral("https://oa.hainan.gov.cn")));
        {
            auto tx = Transaction::begin(*m_db);
            GD_VERIFY(tx);
            GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"),
                                           QStringLiteral("https://10.1.2.3")));
            GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 3128));
            GD_VERIFY(m_settings->remove(CoreScope, QStringLiteral("server.url")));
            tx->rollback();
        }
        QCOMPARE(read(CoreScope, QStringLiteral("server.url")).toString(),
                 QStringLiteral("https://oa.hainan.gov.cn"));
        QCOMPARE(keys(CoreScope), QStringList{QStringLiteral("server.url")});
    }

    void settingsPersistEncryptedAcrossReopen()
    {
        const QString url = QStringLiteral("https://oa.hainan-court.gov.cn/govdesk");
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("server.url"), url));
        GD_VERIFY(m_settings->setValue(CoreScope, QStringLiteral("proxy.port"), 3128));
        GD_VERIFY(
            m_settings->setValue(DocumentsScope, QStringLiteral("defaultRecipients"),
                                 QStringList{QStringLiteral("县林业局"), QStringLiteral("各乡镇人民政府")}));
        GD_VERIFY(m_db->checkpoint());
        // Neither the file nor what is left of the WAL shows the server address in clear text.
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("profile.gddb")));
        for (const QString &name : files) {
            QFile file(m_dir->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(QByteArrayLiteral("oa.hainan-court.gov.cn")), qPrintable(name));
        }
        QVERIFY(isEncryptedOnDisk(m_path));

        open(false);
        QCOMPARE(read(CoreScope, QStringLiteral("server.url")).toString(), url);
        QCOMPARE(read(CoreScope, QStringLiteral("proxy.port")).toInt(), 3128);
        QCOMPARE(read(DocumentsScope, QStringLiteral("defaultRecipients")).toStringList(),
                 (QStringList{QStringLiteral("县林业局"), QStringLiteral("各乡镇人民政府")}));
        QCOMPARE(keys(CoreScope), (QStringList{QStringLiteral("proxy.port"), QStringLiteral("server.url")}));
    }
};

QTEST_GUILESS_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"
