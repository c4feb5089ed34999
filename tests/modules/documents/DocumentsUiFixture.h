// A real encrypted profile with the 公文 module's core side set up as its plugin does, and an
// account with chosen roles: the fixture of the page's tests.
#pragma once

#include "DocumentsModuleSetup.h"
#include "TestProfile.h"
#include "module/ModuleContext.h"
#include "module/ModuleMetadata.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "sync/SyncState.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace GovDesk::Test {

class DocumentsUiFixture
{
public:
    // Call from a test slot (it uses QVERIFY).
    void open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<Core::ProfileRepository>(m_dir->path());
        auto profile = m_profiles->create({.displayName = QStringLiteral("王芳"),
                                           .organisation = QStringLiteral("柳州市人民政府办公室")},
                                          Core::SecureBytes::fromUtf8(QStringLiteral("柳州-公文-界面")),
                                          Core::KdfParameters::forTests());
        GD_VERIFY(profile);
        m_session = std::make_unique<Core::Session>(*m_profiles);
        GD_VERIFY(m_session->unlock(profile->id, Core::SecureBytes::fromUtf8(QStringLiteral("柳州-公文-界面"))));
        auto context = openDocumentsModule(*m_session, m_pool);
        GD_VERIFY(context);
        m_context = std::move(*context);
    }

    // Signs in as a user of 柳州市人民政府办公室 with `roles`, as the sync service stores it.
    void signIn(const QString &userId, const QString &name, const QStringList &roles)
    {
        Core::AuthSession auth{.accessToken = QStringLiteral("token"),
                               .expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600),
                               .refreshToken = QStringLiteral("refresh"),
                               .account = {.userId = userId,
                                           .name = name,
                                           .roles = roles,
                                           .organisationId = QStringLiteral("gx-lz-gov"),
                                           .organisationName = QStringLiteral("柳州市人民政府办公室")}};
        GD_VERIFY(Core::SyncState(m_session->database()).setSession(auth));
        m_session->reloadAccount();
        QCOMPARE(m_context->account().userId, userId);
    }

    void close()
    {
        m_context.reset();
        m_session.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    Core::ModuleContext &context() { return *m_context; }
    Core::Session &session() { return *m_session; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::ProfileRepository> m_profiles;
    std::unique_ptr<Core::Session> m_session;
    Core::ObjectPool m_pool;
    std::unique_ptr<Core::ModuleContext> m_context;
};

} // namespace GovDesk::Test
