#include "ForestryModule.h"

#include "ForestryDatasets.h"
#include "ForestryDemoData.h"
#include "ForestryTables.h"
#include "ForestryWarningSync.h"
#include "import/DatasetApplier.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"

#include <QHash>

namespace GovDesk::Forestry {

bool ForestryModule::initialize(Core::ModuleContext &context, QString *error)
{
    m_context = &context;
    auto ready = context.migrate(ForestryTables::migrations());
    if (ready)
        //: Search filter: 林业预警
        ready = context.search().registerType(QString::fromLatin1(WarningSearchType), tr("Forestry warning"));
    if (ready)
        //: Search filter: 林业数据集
        ready = context.search().registerType(QString::fromLatin1(DatasetSearchType), tr("Forestry dataset"));
    // A dataset is replaced whole by whoever loaded it last (the administrator's corrected file).
    if (ready)
        ready = context.records().declareCollection(
            {.name = QString::fromLatin1(DatasetCollection), .policy = Core::ConflictPolicy::LastWriterWins});
    if (ready)
        ready = context.addDatasets(ForestryDatasets::source(context));
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    return true;
}

bool ForestryModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    auto seeded = seedDemoDatasets(context, QDate::currentDate());
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

QString ForestryModule::fieldLabel(const QString &collection, const QString &field) const
{
    if (collection != QLatin1String(DatasetCollection))
        return {};
    static const QHash<QString, const char *> labels = {
        //: 数据类型
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        //: 标题
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        //: 文件名
        {QStringLiteral("fileName"), QT_TR_NOOP("File")},
        //: 加载时间
        {QStringLiteral("loadedAt"), QT_TR_NOOP("Loaded at")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void ForestryModule::aboutToShutdown()
{
    // An import in progress stops; the dataset waits for the next start.
    if (Core::ModuleContext *context = m_context; context != nullptr) {
        if (Core::DatasetApplier *applier = context->datasets(); applier != nullptr)
            applier->stop();
    }
    m_context = nullptr;
}

} // namespace GovDesk::Forestry
