#include "CourtsModule.h"

#include "CourtsDatasets.h"
#include "CourtsDemoData.h"
#include "import/DatasetApplier.h"
#include "module/ModuleContext.h"

namespace GovDesk::Courts {

bool CourtsModule::initialize(Core::ModuleContext &context, QString *error)
{
    m_context = &context;
    auto ready = CourtsDatasets::install(context);
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
}

bool CourtsModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = CourtsDemoData::seed(context, CourtsDemoData::generate(QDate::currentDate()));
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

void CourtsModule::aboutToShutdown()
{
    // An import in progress stops; the dataset waits for the next start.
    if (Core::ModuleContext *context = m_context; context != nullptr) {
        if (Core::DatasetApplier *applier = context->datasets(); applier != nullptr)
            applier->stop();
    }
    m_context = nullptr;
}

QString CourtsModule::fieldLabel(const QString &collection, const QString &field) const
{
    if (collection != QLatin1String(DatasetCollection))
        return {};
    if (field == QLatin1String("kind"))
        //: Field of a dataset: 数据类型
        return tr("Kind");
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

} // namespace GovDesk::Courts
