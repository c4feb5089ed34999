// Tests SettingsDialog on a real encrypted profile: loading, validating and applying each setting.
#include "DialogTestSupport.h"
#include "SettingsDialog.h"
#include "TestProfile.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "settings/ProfileSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <memory>

using namespace GovDesk::Core;
using namespace GovDesk::Shell;
using namespace GovDesk::Test;

namespace {

const QString Core = QStringLiteral("core");
const QString ServerUrl = QStringLiteral("serverUrl");
const QString ProxyUrl = QStringLiteral("proxyUrl");
const QString ProfileServer = QStringLiteral("https://oa.gxzf.gov.cn");

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(QStringLiteral("春风又绿江南岸-2026"));
}

QString dialogText(const char *source)
{
    return QCoreApplication::translate("GovDesk::Shell::SettingsDialog", source);
}

// Replaces the text the way a user does: select all, type.
void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Delete);
    else
        QTest::keyClicks(widget, text);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QFont m_originalFont;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    ProfileMetadata m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SettingsDialog> m_dialog;

    void openProfile(ProfileKind kind)
    {
        m_session.reset();
        auto created = m_profiles->create({.displayName = QStringLiteral("李明"),
                                           .organisation = QStringLiteral("广西壮族自治区人民政府办公厅"),
                                           .serverUrl = kind == ProfileKind::Demo ? QString() : ProfileServer,
                                           .kind = kind},
                                          passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profile = *created;
        m_session = std::make_unique<Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(m_profile.id, passphrase()));
    }

    void openDialog()
    {
        m_dialog = std::make_unique<SettingsDialog>(*m_session);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template<typename T> [[nodiscard]] T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void clickButton(QDialogButtonBox::StandardButton which)
    {
        QPushButton *button = m_dialog->findChild<QDialogButtonBox *>()->button(which);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // A message that appears must not squeeze the rest of the form.
    [[nodiscard]] bool laidOutWhole() const
    {
        const char *names[] = {"autoLockSpin", "serverUrlEdit", "serverUrlError", "proxyUrlEdit", "proxyUrlError",
                               "caBundleEdit", "caBundleError",  "autoSyncSpin",   "languageCombo", "fontSizeSpin",
                               "errorLabel"};
        for (const char *name : names) {
            const QWidget *widget = child<QWidget>(name);
            if (!widget || !widget->isVisible())
                continue;
            const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                           : widget->minimumSizeHint().height();
            if (widget->height() < needed) {
                qWarning() << widget << widget->size() << "needs height" << needed;
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] QVariant stored(const QString &key) const
    {
        const auto value = m_session->settings().value(Core, key);
        return value ? *value : QVariant(QStringLiteral("<error: %1>").arg(value.error().fullText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's settings: QSettings and QStandardPaths both point into a temporary folder.
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GovDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
        m_originalFont = QApplication::font();
        useChineseForScreenshots();
    }

    void init()
    {
        QSettings().clear();
        QApplication::setFont(m_originalFont);
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        openProfile(ProfileKind::Regular);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
        QApplication::setFont(m_originalFont);
    }

    void urlsAreChecked_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("serverOk");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("proxyOk");
        QTest::newRow("empty") << QString() << true << QString() << true;
        QTest::newRow("typical") << QStringLiteral("https://zwoa.gxzf.gov.cn/sync") << true
                                 << QStringLiteral("http://10.1.1.1:3128") << true;
        QTest::newRow("upper case, spaces") << QStringLiteral("  HTTPS://OA.GXZF.GOV.CN ") << true
                                            << QStringLiteral("socks5://10.1.1.1:1080") << true;
        QTest::newRow("plain http") << QStringLiteral("http://oa.gxzf.gov.cn") << false
                                    << QStringLiteral("https://proxy.gxzf.gov.cn") << false;
        QTest::newRow("no scheme") << QStringLiteral("oa.gxzf.gov.cn") << false
                                   << QStringLiteral("10.1.1.1:3128") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false << QStringLiteral("socks5://")
                                 << false;
        QTest::newRow("other scheme")
            << QStringLiteral("ftp://oa.gxzf.gov.cn") << false << QStringLiteral("ftp://10.1.1.1") << false;
    }

    void urlsAreChecked()
    {
        QFETCH(QString, server);
        QFETCH(bool, serverOk);
        QFETCH(QString, proxy);
        QFETCH(bool, proxyOk);
        QCOMPARE(SettingsDialog::serverUrlProblem(server).isEmpty(), serverOk);
        QCOMPARE(SettingsDialog::proxyUrlProblem(proxy).isEmpty(), proxyOk);
    }

    void valuesLoadFromSessionAndSettings()
    {
        GD_VERIFY(m_session->setAutoLockMinutes(30));
        GD_VERIFY(m_session->settings().setValue(Core, ProxyUrl, QStringLiteral("socks5://10.1.1.1:1080")));
        QSettings().setValue(QString::fromLatin1(SettingsDialog::LanguageKey), QStringLiteral("en"));
        QSettings().setValue(QString::fromLatin1(SettingsDialog::FontPointSizeKey), 13);
        openDialog();

        QCOMPARE(child<QSpinBox>("autoLockSpin")->value(), 30);
        // Not changed here yet: the address the profile was created with.
        QCOMPARE(child<QLineEdit>("serverUrlEdit")->text(), ProfileServer);
        QCOMPARE(child<QLineEdit>("proxyUrlEdit")->text(), QStringLiteral("socks5://10.1.1.1:1080"));
        QCOMPARE(child<QComboBox>("languageCombo")->currentText(), QStringLiteral("English"));
        QCOMPARE(child<QSpinBox>("fontSizeSpin")->value(), 13);
        QVERIFY(child<QLineEdit>("serverUrlEdit")->isEnabled());
        QVERIFY(!child<QLabel>("errorLabel")->isVisible());
        QVERIFY(!child<QLabel>("demoNote"));
    }

    void autoLockOffReadsNever()
    {
        openDialog();
        auto *spin = child<QSpinBox>("autoLockSpin");
        QCOMPARE(spin->minimum(), 0);
        QCOMPARE(spin->maximum(), 1440);
        spin->setValue(0);
        QCOMPARE(spin->text(), dialogText("Never"));
    }

    void autoLockIsAppliedAndPersisted()
    {
        openDialog();
        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("15"));
        QCOMPARE(child<QSpinBox>("autoLockSpin")->value(), 15);
        clickButton(QDialogButtonBox::Ok);

        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_session->profile().autoLockMinutes, 15);
        QCOMPARE(m_session->idleLock().timeout(), std::chrono::milliseconds(std::chrono::minutes(15)));
        const auto onDisk = m_profiles->find(m_profile.id);
        GD_VERIFY(onDisk);
        QCOMPARE(onDisk->autoLockMinutes, 15);
        // Nothing else was touched.
        QCOMPARE(m_session->settings().keys(Core).value_or(QStringList{QStringLiteral("<error>")}),
                 QStringList());
        QVERIFY(!QSettings().contains(QString::fromLatin1(SettingsDialog::FontPointSizeKey)));
        QVERIFY(!QSettings().contains(QString::fromLatin1(SettingsDialog::LanguageKey)));
    }

    void cancelChangesNothing()
    {
        openDialog();
        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("45"));
        retype(child<QLineEdit>("serverUrlEdit"), QStringLiteral("https://zwoa.gxzf.gov.cn"));
        clickButton(QDialogButtonBox::Cancel);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_session->profile().autoLockMinutes, 10);
        QCOMPARE(stored(ServerUrl), QVariant());
    }

    void plainHttpServerIsRefused()
    {
        openDialog();
        auto *server = child<QLineEdit>("serverUrlEdit");
        auto *error = child<QLabel>("serverUrlError");
        retype(server, QStringLiteral("http://zwoa.gxzf.gov.cn"));
        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("20"));
        clickButton(QDialogButtonBox::Ok);

        QVERIFY(m_dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), dialogText("Sync must use https://, not http://."));
        QVERIFY(server->hasFocus());
        QVERIFY(laidOutWhole());
        // Nothing is applied while any value is refused.
        QCOMPARE(stored(ServerUrl), QVariant());
        QCOMPARE(m_session->profile().autoLockMinutes, 10);

        QTest::keyClick(server, Qt::Key_Home);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(server, Qt::Key_Right);
        QTest::keyClicks(server, QStringLiteral("s"));
        QCOMPARE(server->text(), QStringLiteral("https://zwoa.gxzf.gov.cn"));
        QVERIFY(!error->isVisible()); // gone as soon as the user corrects it
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(ServerUrl), QVariant(QStringLiteral("https://zwoa.gxzf.gov.cn")));
        QCOMPARE(m_session->profile().autoLockMinutes, 20);
    }

    void httpsServerAndProxyAreStoredInTheProfile()
    {
        openDialog();
        retype(child<QLineEdit>("serverUrlEdit"), QStringLiteral(" https://zwoa.gxzf.gov.cn/sync "));
        retype(child<QLineEdit>("proxyUrlEdit"), QStringLiteral("ftp://10.1.1.1"));
        clickButton(QDialogButtonBox::Ok);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("proxyUrlError")->isVisible());
        QVERIFY(!child<QLabel>("serverUrlError")->isVisible());

        retype(child<QLineEdit>("proxyUrlEdit"), QStringLiteral("socks5://10.1.1.1:1080"));
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(ServerUrl), QVariant(QStringLiteral("https://zwoa.gxzf.gov.cn/sync")));
        QCOMPARE(stored(ProxyUrl), QVariant(QStringLiteral("socks5://10.1.1.1:1080")));

        // The next dialog shows what is stored; clearing the address stores "none", so that the
        // address from the profile's creation does not come back.
        openDialog();
        QCOMPARE(child<QLineEdit>("serverUrlEdit")->text(), QStringLiteral("https://zwoa.gxzf.gov.cn/sync"));
        retype(child<QLineEdit>("serverUrlEdit"), QString());
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(ServerUrl), QVariant(QString()));
        openDialog();
        QCOMPARE(child<QLineEdit>("serverUrlEdit")->text(), QString());
    }

    void caBundleAndAutoSyncAreStoredInTheProfile()
    {
        openDialog();
        QCOMPARE(child<QSpinBox>("autoSyncSpin")->value(), SettingsDialog::DefaultAutoSyncMinutes);
        retype(child<QLineEdit>("caBundleEdit"), QStringLiteral("office-ca.pem"));
        clickButton(QDialogButtonBox::Ok);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("caBundleError")->isVisible());
        QVERIFY(laidOutWhole());

        QTemporaryFile ca;
        QVERIFY(ca.open());
        retype(child<QLineEdit>("caBundleEdit"), ca.fileName());
        retype(child<QSpinBox>("autoSyncSpin"), QStringLiteral("30"));
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(QStringLiteral("caBundlePath")), QVariant(ca.fileName()));
        QCOMPARE(SettingsDialog::autoSyncMinutes(*m_session), 30);
        openDialog();
        QCOMPARE(child<QLineEdit>("caBundleEdit")->text(), ca.fileName());
        QCOMPARE(child<QSpinBox>("autoSyncSpin")->value(), 30);
    }

    void demoProfileHasNoServerFields()
    {
        openProfile(ProfileKind::Demo);
        openDialog();
        QVERIFY(!child<QLineEdit>("serverUrlEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>("proxyUrlEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>("caBundleEdit")->isEnabled());
        QVERIFY(!child<QSpinBox>("autoSyncSpin")->isEnabled());
        auto *note = child<QLabel>("demoNote");
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), dialogText("Demo profiles never sync."));

        // The rest still works, and nothing about servers is written.
        QVERIFY(child<QSpinBox>("autoLockSpin")->isEnabled());
        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("5"));
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_session->profile().autoLockMinutes, 5);
        QCOMPARE(m_session->settings().keys(Core).value_or(QStringList{QStringLiteral("<error>")}),
                 QStringList());
    }

    void fontSizeAndLanguageApplyToThisComputer()
    {
        openDialog();
        retype(child<QSpinBox>("fontSizeSpin"), QStringLiteral("14"));
        auto *language = child<QComboBox>("languageCombo");
        QCOMPARE(language->currentIndex(), 0); // follow the system
        QCOMPARE(language->itemText(1), QStringLiteral("中文"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("中文"));
        clickButton(QDialogButtonBox::Ok);

        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(QApplication::font().pointSize(), 14); // at once, not at the next start
        QCOMPARE(QSettings().value(QString::fromLatin1(SettingsDialog::FontPointSizeKey)).toInt(), 14);
        QCOMPARE(QSettings().value(QString::fromLatin1(SettingsDialog::LanguageKey)).toString(),
                 QStringLiteral("zh_CN"));

        openDialog();
        QCOMPARE(child<QSpinBox>("fontSizeSpin")->value(), 14);
        QCOMPARE(child<QComboBox>("languageCombo")->currentText(), QStringLiteral("中文"));
    }

    void sessionErrorKeepsTheDialogOpen()
    {
        openDialog();
        // The profile's description cannot be replaced while a folder sits where it belongs.
        const QString metadata = m_profiles->metadataPathOf(m_profile.id);
        QVERIFY(QFile::rename(metadata, metadata + QStringLiteral(".away")));
        QVERIFY(QDir().mkdir(metadata));

        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("15"));
        clickButton(QDialogButtonBox::Ok);
        QVERIFY(m_dialog->isVisible());
        auto *error = child<QLabel>("errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(laidOutWhole());
        QCOMPARE(m_session->profile().autoLockMinutes, 10);

        QVERIFY(QDir().rmdir(metadata));
        QVERIFY(QFile::rename(metadata + QStringLiteral(".away"), metadata));
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_session->profile().autoLockMinutes, 15);
    }

    void lockingCloses()
    {
        openDialog();
        retype(child<QSpinBox>("autoLockSpin"), QStringLiteral("15"));
        m_session->lock();
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void lockedSessionShowsOnlyThisComputer()
    {
        m_session->lock();
        openDialog();
        QVERIFY(!child<QSpinBox>("autoLockSpin")->isEnabled());
        QVERIFY(!child<QLineEdit>("serverUrlEdit")->isEnabled());
        QVERIFY(child<QSpinBox>("fontSizeSpin")->isEnabled());
        retype(child<QSpinBox>("fontSizeSpin"), QStringLiteral("12"));
        clickButton(QDialogButtonBox::Ok);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(QApplication::font().pointSize(), 12);
    }

    void screenshot()
    {
        if (!screenshotsWanted())
            QSKIP("GOVDESK_SCREENSHOT_DIR is not set");
        GD_VERIFY(m_session->settings().setValue(Core, ProxyUrl, QStringLiteral("socks5://10.1.1.1:1080")));
        openDialog();
        retype(child<QLineEdit>("serverUrlEdit"), QStringLiteral("http://oa.gxzf.gov.cn"));
        clickButton(QDialogButtonBox::Ok); // shows the inline error
        QVERIFY(m_dialog->isVisible());
        QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("settings")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
