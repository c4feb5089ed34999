#include "DatasetFiles.h"

#include "import/DatasetImportJob.h"

#include <QDateTime>
#include <QJsonArray>

namespace GovDesk::Core {

QJsonObject DatasetFiles::payload(const QString &kind, const QString &title, const QString &fileName,
                                  const QString &sha256, qint64 size,
                                  const std::optional<ColumnMapping> &mapping)
{
    QJsonObject payload{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), title},
        {QStringLiteral("fileName"), fileName},
        // Milliseconds: datasets put one after the other are imported in that order.
        {QStringLiteral("loadedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256},
                                                               {QStringLiteral("name"), fileName},
                                                               {QStringLiteral("size"), size}}}},
    };
    if (mapping) {
        QJsonObject columns;
        for (auto it = mapping->cbegin(); it != mapping->cend(); ++it)
            columns.insert(it.key(), it.value());
        payload.insert(QStringLiteral("mapping"), columns);
    }
    return payload;
}

Result<DatasetStatus> DatasetFiles::importLocal(const DatasetSource &source, const QString &moduleId,
                                                Database &db, const DatasetStatus &status,
                                                const QString &path, const ColumnMapping &mapping,
                                                const TableImport::Progress &progress,
                                                const std::atomic_bool *cancel)
{
    const std::optional<ImportSchema> schema = source.schema(status.kind);
    if (!schema)
        //: 数据集的数据类型「%1」未知
        return fail(ErrorCode::InvalidArgument, tr("Unknown table kind “%1”.").arg(status.kind));
    auto imported = DatasetImportJob(source, moduleId)
                        .run(
                            db, TableImport(path, *schema), status, mapping, DatasetImportJob::Expect::New,
                            [&progress](int percent) {
                                if (progress)
                                    progress(percent, 100);
                            },
                            cancel);
    if (!imported)
        return std::unexpected(imported.error());
    if (!*imported)
        //: 导入期间该数据集已被更改
        return fail(ErrorCode::AlreadyExists, tr("The dataset was changed meanwhile."));
    return **imported;
}

Result<int> DatasetFiles::waitingCount(Database &db, const QString &moduleId)
{
    auto waiting = DatasetStatusStore(db, moduleId).inState(DatasetState::Waiting);
    if (!waiting)
        return std::unexpected(waiting.error());
    return int(waiting->size());
}

} // namespace GovDesk::Core
