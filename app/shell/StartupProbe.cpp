#include "StartupProbe.h"

#include "ResidentSet.h"
#include "import/DatasetApplier.h"
#include "module/ModuleContext.h"
#include "module/ModuleManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace GovDesk::Shell {

// Whether an OpenGL driver is mapped (Mesa's software rasteriser and its LLVM, ~58 MB): it
// should not be at start-up, only once a chart needs Qt WebEngine (Ui::LazyChart).
bool openGlDriverMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mapped = maps.readAll();
    return mapped.contains("_dri.so") || mapped.contains("libGLX_mesa");
}

void reportReadyAndQuit(int availableModules, int unavailableModules)
{
    std::printf("ready rss_kb=%ld modules=%d unavailable=%d gl=%d\n", residentSetKiB(), availableModules,
                unavailableModules, openGlDriverMapped() ? 1 : 0);
    std::fflush(stdout);
    QCoreApplication::quit();
}

void reportWhenSettled(ModuleManager &modules)
{
    const auto report = [&modules] {
        reportReadyAndQuit(static_cast<int>(modules.available().size()),
                           static_cast<int>(modules.unavailable().size()));
    };
    if (qgetenv("GOVDESK_STARTUP_PROBE") != "settle") {
        QTimer::singleShot(0, qApp, report);
        return;
    }
    // Idle for three looks in a row: an applier goes on to the next waiting dataset by itself.
    auto *poll = new QTimer(qApp);
    auto idleLooks = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [&modules, poll, idleLooks, report] {
        bool busy = false;
        for (const Core::ModuleRecord &record : modules.available())
            if (Core::ModuleContext *context = modules.context(record.metadata.id))
                busy = busy || (context->datasets() && context->datasets()->isBusy());
        *idleLooks = busy ? 0 : *idleLooks + 1;
        if (*idleLooks >= 3) {
            poll->stop();
            report();
        }
    });
    poll->start(200);
}

} // namespace GovDesk::Shell
