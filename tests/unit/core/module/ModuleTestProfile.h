// A real encrypted profile with one module context on it: the fixture of the module API tests.
#pragma once

#include "TestProfile.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QTemporaryDir>
#include <memory>

namespace GovDesk::Test {

class ModuleTestProfile
{
public:
    static inline const QString Passphrase = QStringLiteral("桂林-测试口令-2026");

    [[nodiscard]] Core::Result<> create()
    {
        dir = std::make_unique<QTemporaryDir>();
        profiles = std::make_unique<Core::ProfileRepository>(dir->path());
        auto profile = profiles->create(
            {.displayName = QStringLiteral("李明"), .organisation = QStringLiteral("桂林市水利局")},
            passphrase(), Core::KdfParameters::forTests());
        if (!profile)
            return std::unexpected(profile.error());
        profileId = profile->id;
        session = std::make_unique<Core::Session>(*profiles);
        return session->unlock(profileId, passphrase());
    }

    [[nodiscard]] static Core::SecureBytes passphrase() { return Core::SecureBytes::fromUtf8(Passphrase); }

    // A context as ModuleManager makes one; `id` also names the module's collections.
    Core::ModuleContext &context(const QString &id)
    {
        Core::ModuleMetadata metadata;
        metadata.id = id;
        metadata.nameZh = QStringLiteral("测试");
        metadata.nameEn = QStringLiteral("Test");
        metadata.apiVersion = Core::ModuleApiVersion;
        contexts.push_back(std::make_unique<Core::ModuleContext>(metadata, *session, pool));
        return *contexts.back();
    }

    // Contexts go before the session they use.
    ~ModuleTestProfile()
    {
        contexts.clear();
        session.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Core::ProfileRepository> profiles;
    std::unique_ptr<Core::Session> session;
    Core::ObjectPool pool;
    std::vector<std::unique_ptr<Core::ModuleContext>> contexts;
    QString profileId;
};

} // namespace GovDesk::Test
