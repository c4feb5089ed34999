// Sample 主动公开 items of the fictional 柳州市人民政府办公室, shared by the module's tests.
#pragma once

#include "DisclosureItem.h"
#include "ItemWorkflow.h"
#include "TestProfile.h"

namespace GovDesk::Test {

// A complete draft of a 规划计划 item, as an editor leaves it for 保密审查.
inline Disclosure::DisclosureItem planDraft()
{
    Disclosure::DisclosureItem item;
    item.category = Disclosure::DisclosureCategory::Plans;
    item.title = QStringLiteral("柳州市2026年城市建设计划");
    item.publisher = QStringLiteral("柳州市人民政府办公室");
    item.writtenOn = QDate(2026, 3, 2);
    item.changedOn = QDate(2026, 3, 2);
    item.keywords = {QStringLiteral("城乡建设"), QStringLiteral("计划")};
    item.body
        = QStringLiteral("一、总体要求\n二、重点项目：柳江大桥改造、城中区老旧小区改造。\n三、保障措施");
    return item;
}

inline Disclosure::ItemActor actor(const QString &userId, const QString &name, const QStringList &roles)
{
    return {.userId = userId, .name = name, .roles = roles};
}

inline Disclosure::ItemActor editor()
{
    return actor(QStringLiteral("u-zhang"), QStringLiteral("张三"),
                 {QString::fromLatin1(Disclosure::EditorRole)});
}

inline Disclosure::ItemActor secrecyReviewer()
{
    return actor(QStringLiteral("u-li"), QStringLiteral("李四"),
                 {QString::fromLatin1(Disclosure::SecrecyReviewerRole)});
}

inline Disclosure::ItemActor leader()
{
    return actor(QStringLiteral("u-wang"), QStringLiteral("王五"),
                 {QString::fromLatin1(Disclosure::LeaderRole)});
}

} // namespace GovDesk::Test
