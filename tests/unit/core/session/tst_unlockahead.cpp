// UnlockAhead: a whole unlock (lock, key, open, migrations, audit entry, description) done on a
// thread before the Session exists; Session::unlock(UnlockAhead &) takes its result.
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

    [[nodiscard]] std::unique_ptr<UnlockAhead> ahead(const QString &profileId, SecureBytes secret,
                                                     Session::Clock clock = {}) const
    {
        return std::make_unique<UnlockAhead>(m_dir->path(), profileId, std::move(secret),
                                             Session::PageCheck::BeforeUnlock, std::move(clock));
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

    // It holds the profile from before it reads it: nothing it read can change until a session
    // takes what it opened (another unlock is refused as while a session has the profile open).
    void aLookAheadHoldsTheProfileUntilTheSessionTakesIt()
    {
        const auto early = ahead(m_profile.id, passphrase());
        QTRY_VERIFY(early->isDone());
        {
            Session other(*m_profiles);
            const auto refused = other.unlock(m_profile.id, passphrase());
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Locked);
        }
        Session session(*m_profiles);
        GD_VERIFY(session.unlock(*early));
        QCOMPARE(session.profile().failedUnlocks, 0);
        session.lock();
        // Once let go, the profile opens as ever.
        Session later(*m_profiles);
        GD_VERIFY(later.unlock(m_profile.id, passphrase()));
    }

    void aThrottledProfileStaysShut()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        const Session::Clock clock = [now] {
            return now;
        };
        Session session(*m_profiles);
        session.setClock(clock);
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!session.unlock(m_profile.id, passphrase("错误口令")));
        // The thread is refused before it derives anything, and so is the session after it.
        const auto early = ahead(m_profile.id, passphrase(), clock);
        const auto refused = session.unlock(*early);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Throttled);
        QVERIFY(!session.isUnlocked());
        QCOMPARE(m_profiles->find(m_profile.id)->failedUnlocks, 3);
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
