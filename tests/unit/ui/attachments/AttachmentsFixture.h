// A real encrypted profile with a bare module context — all the attachment widgets need of a
// module — opened afresh for each test.
#pragma once

#include "../../core/module/ModuleTestProfile.h"

#include <QTest>
#include <memory>

namespace GovDesk::Test {

class AttachmentsFixture
{
public:
    // Call from a test slot (it uses QVERIFY).
    void open()
    {
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("attachments"));
    }
    void close()
    {
        m_context = nullptr;
        m_profile.reset();
    }
    [[nodiscard]] Core::ModuleContext &context() const { return *m_context; }

private:
    std::unique_ptr<ModuleTestProfile> m_profile;
    Core::ModuleContext *m_context = nullptr;
};

} // namespace GovDesk::Test
