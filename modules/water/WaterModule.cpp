#include "WaterModule.h"

#include "WaterDatasets.h"
#include "WaterDemoData.h"
#include "WaterSchema.h"
#include "WaterWarnings.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ProjectionRunner.h"

#include <QLoggingCategory>

namespace GovDesk::Water {

namespace {
constexpr int RetryIntervalMs = 30 * 1000;
Q_LOGGING_CATEGORY(lcWater, "govdesk.module.water", QtWarningMsg)
} // namespace

bool WaterModule::initialize(Core::ModuleContext &context, QString *error)
{
    m_context = &context;
    auto ready = WaterDatasets::install(context);
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    m_retry.setInterval(RetryIntervalMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WaterModule::retryWaiting);
    connect(&context, &Core::ModuleContext::projected, this, &WaterModule::scheduleRetry);
    connect(&context, &Core::ModuleContext::sessionUnlocked, this, &WaterModule::retryWaiting);
    connect(&context, &Core::ModuleContext::sessionLocked, &m_retry, &QTimer::stop);
    scheduleRetry();
    return true;
}

bool WaterModule::delayedInitialize(Core::ModuleContext &context)
{
    if (!context.isSessionOpen())
        return false;
    auto waiting = WaterDatasets::waitingCount(context.database());
    if (!waiting || *waiting == 0)
        return false;
    retryWaiting();
    return true;
}

void WaterModule::scheduleRetry()
{
    if (!m_context || !m_context->isSessionOpen() || m_retry.isActive())
        return;
    auto waiting = WaterDatasets::waitingCount(m_context->database());
    if (waiting && *waiting > 0)
        m_retry.start();
}

void WaterModule::retryWaiting()
{
    if (!m_context || !m_context->isSessionOpen())
        return;
    auto imported = WaterDatasets::retryWaiting(*m_context);
    if (!imported)
        qCWarning(lcWater) << "datasets waiting for their file:" << imported.error().fullText();
    else if (*imported > 0)
        Q_EMIT m_context->projected(QStringLiteral("datasets"), *imported);
    scheduleRetry();
}

bool WaterModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = WaterDemoData::seed(context, WaterDemoData::generate(QDateTime::currentDateTimeUtc()));
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

void WaterModule::aboutToShutdown()
{
    m_retry.stop();
    m_context = nullptr;
}

QString WaterModule::fieldLabel(const QString &collection, const QString &field) const
{
    if (collection != QLatin1String(DatasetCollection))
        return {};
    if (field == QLatin1String("kind"))
        //: Field of a dataset: 数据表
        return tr("Table");
    if (field == QLatin1String("title"))
        //: Field of a dataset: 标题
        return tr("Title");
    if (field == QLatin1String("fileName"))
        //: Field of a dataset: 文件名
        return tr("File name");
    if (field == QLatin1String("loadedAt"))
        //: Field of a dataset: 载入时间
        return tr("Loaded at");
    return {};
}

} // namespace GovDesk::Water
