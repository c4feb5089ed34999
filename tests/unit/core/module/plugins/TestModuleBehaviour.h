// What the test module plugins do; shared by every generated plugin (header-only on purpose:
// each plugin is one translation unit).
#pragma once

#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "search/SearchService.h"
#include "todo/TodoService.h"

#include <QFile>
#include <QProcessEnvironment>

#include <stdexcept>

namespace GovDesk::Test {

// Order of events across modules, so the test can check initialisation order.
inline void recordEvent(Core::ModuleContext &context, const QString &event)
{
    auto events = context.setting(QStringLiteral("events")).value_or(QVariant()).toStringList();
    events << event;
    (void)context.setSetting(QStringLiteral("events"), events);
}

// aboutToShutdown has no context: the test passes a file to append to.
inline void recordShutdown(const QString &id)
{
    QFile log(qEnvironmentVariable("GOVDESK_TEST_SHUTDOWN_LOG"));
    if (log.open(QIODevice::Append))
        log.write(id.toUtf8() + '\n');
}

inline bool initializeTestModule(Core::ModuleContext &context, QString *error, const QString &behaviour)
{
    if (behaviour == QStringLiteral("fail-init")) {
        *error = QStringLiteral("示例错误：无法创建数据表");
        return false;
    }
    if (behaviour == QStringLiteral("throw"))
        throw std::runtime_error("test module threw");
    const QString id = context.metadata().id;
    auto migrated = context.migrate({{.version = 1,
                                      .description = QStringLiteral("notes table"),
                                      .sql = QStringLiteral("CREATE TABLE %1_notes (text TEXT)").arg(id)}});
    if (!migrated) {
        *error = migrated.error().fullText();
        return false;
    }
    if (auto registered = context.search().registerType(QStringLiteral("note"), QStringLiteral("笔记")); !registered) {
        *error = registered.error().fullText();
        return false;
    }
    recordEvent(context, QStringLiteral("initialize"));
    return true;
}

inline bool seedTestModule(Core::ModuleContext &context, QString *error)
{
    const QString id = context.metadata().id;
    auto indexed = context.search().index({{}, QStringLiteral("note"), QStringLiteral("note-1"),
                                           QStringLiteral("关于做好2014年森林防火工作的通知"),
                                           QStringLiteral("各县林业局：为切实做好森林防火工作……"), {}});
    auto published = context.todos().publish({.module = id, .recordId = QStringLiteral("note-1"),
                                              .title = QStringLiteral("关于做好2014年森林防火工作的通知")});
    if (!indexed || !published) {
        *error = QStringLiteral("seeding failed");
        return false;
    }
    return true;
}

} // namespace GovDesk::Test
