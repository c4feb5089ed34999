// UnlockAhead: the key derived and the database opened on a thread before the Session exists;
// Session::unlock(UnlockAhead &) uses that work only when it is still right.
#include "TestProfile.h"
#include "audit/AuditLog.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "session/UnlockAhead.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {
SecureBytes passphrase(const char *text = "白日依山尽-2026")
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}
} // namespace

class TestUnlockAhead : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRepository> m_profiles;
    ProfileMetadata m_profile;

    [[nodiscard]] std::unique_ptr<UnlockAhead> ahead(const QString &profileId, SecureBytes secret) const
    {
        return std::make_unique<UnlockAhead>(m_dir->path(), profileId, std::move(secret),
                                             Session::PageCheck::BeforeUnlock);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileRepository>(m_dir->path());
        auto created = m_profiles->create(
            {.displayName = QStringLiteral("王芳"), .organisation = QStringLiteral("柳州市人民政府办公室")},
            passphrase(), KdfParameters::forTests());
        GD_VERIFY(created);
        m_profile = *created;
    }

    void theDatabaseOpenedAheadIsTheOneUsed()
    {
        const auto early = ahead(m_profile.id, passphrase());
        QTRY_VERIFY(early->isDone());
        // Only the connection the thread opened can still reach the data: the file's name is gone.
        QVERIFY(QFile::remove(m_profiles->databasePathOf(m_profile)));
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(*early));
        QVERIFY(session.isUnlocked());
        QCOMPARE(session.profile().organisation, QStringLiteral("柳州市人民政府办公室"));
        const auto entries = session.audit().entries();
        GD_VERIFY(entries);
        QCOMPARE(entries->constLast().event, AuditEvent::UnlockSucceeded);
    }

    void aWrongPassphraseIsCountedAsAnyOther()
    {
        const auto early = ahead(m_profile.id, passphrase("错误口令"));
        Session session(*m_profiles);
        const auto refused = session.unlock(*early);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!session.isUnlocked());
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 1);
    }

    void aProfileChangedMeanwhileIsDerivedAgain()
    {
        const auto early = ahead(m_profile.id, passphrase());
        QTRY_VERIFY(early->isDone());
        {
            Session other(*m_profiles);
            GD_VERIFY(other.unlock(m_profile.id, passphrase()));
            GD_VERIFY(other.changePassphrase(passphrase(), passphrase("新口令-黄河入海流")));
        }
        // What the thread opened is the old generation under the old key: not used; the old
        // passphrase, tried again on the profile as it is now, is wrong.
        Session session(*m_profiles);
        const auto refused = session.unlock(*early);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase);
        GD_VERIFY(session.unlock(m_profile.id, passphrase("新口令-黄河入海流")));
        QCOMPARE(session.profile().generation, 2);
    }

    void aThrottledProfileStaysShut()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        Session session(*m_profiles);
        session.setClock([now] { return now; });
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!session.unlock(m_profile.id, passphrase("错误口令")));
        const auto early = ahead(m_profile.id, passphrase());
        const auto refused = session.unlock(*early);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Throttled);
        QVERIFY(!session.isUnlocked());
    }

    void aProfileMadeAfterTheLookAheadIsOpened()
    {
        // The demo's first start: main() looks ahead before the shell has made the demo profile.
        const auto early = ahead(QString::fromLatin1(ProfileRepository::DemoProfileId),
                                 SecureBytes::copyOf(ProfileRepository::DemoPassphrase));
        QTRY_VERIFY(early->isDone());
        GD_VERIFY(m_profiles->ensureDemo());
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(*early));
        QVERIFY(session.profile().isDemo());
    }

    void anUnusedLookAheadEndsCleanly()
    {
        {
            const auto early = ahead(m_profile.id, passphrase());
        }
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(m_profile.id, passphrase()));
    }
};

QTEST_GUILESS_MAIN(TestUnlockAhead)
#include "tst_unlockahead.moc"
