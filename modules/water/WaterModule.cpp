#include "WaterModule.h"

#include "WaterDatasets.h"
#include "WaterDemoData.h"
#include "WaterSchema.h"
#include "WaterWarnings.h"
#include "import/DatasetApplier.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"

namespace GovDesk::Water {

bool WaterModule::initialize(Core::ModuleContext &context, QString *error)
{
    m_context = &context;
    auto ready = WaterDatasets::install(context);
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
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
    // An import in progress stops; the dataset waits for the next start.
    if (Core::ModuleContext *context = m_context; context != nullptr) {
        if (Core::DatasetApplier *applier = context->datasets(); applier != nullptr)
            applier->stop();
    }
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
