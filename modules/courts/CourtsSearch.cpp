#include "CourtsSearch.h"

#include "CourtsStore.h"
#include "module/ModuleContext.h"
#include "module/ModuleSearch.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace GovDesk::Courts {

namespace {

constexpr char Prefix[] = "court:";
// The codes indexed last time, so that a court the new directory drops leaves the search.
constexpr char IndexedKey[] = "searchCourts";

} // namespace

Core::Result<> CourtsSearch::registerTypes(Core::ModuleContext &context)
{
    //: Kind of search hit: 法院
    return context.search().registerType(QString::fromLatin1(CourtType), tr("Court"));
}

Core::Result<> CourtsSearch::refresh(Core::ModuleContext &context)
{
    auto directory = CourtsStore(context.database()).directory();
    if (!directory)
        return std::unexpected(directory.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto stored = context.setting(QString::fromLatin1(IndexedKey));
    if (!stored)
        return std::unexpected(stored.error());
    QStringList before;
    for (const QJsonValue &code : QJsonDocument::fromJson(stored->toByteArray()).array())
        before << code.toString();

    QList<Core::SearchDocument> documents;
    QJsonArray indexed;
    for (const Court &court : directory->courts()) {
        QStringList body{court.code, CourtDirectory::levelName(court.level)};
        if (!court.parent.isEmpty())
            body << directory->nameOf(court.parent);
        documents.append({.type = QString::fromLatin1(CourtType),
                          .recordId = recordIdOf(court.code),
                          .title = court.name,
                          .body = body.join(QStringLiteral(" · "))});
        indexed.append(court.code);
        before.removeAll(court.code);
    }
    GD_TRY(context.search().index(documents));
    for (const QString &gone : std::as_const(before))
        GD_TRY(context.search().remove(recordIdOf(gone)));
    GD_TRY(context.setSetting(QString::fromLatin1(IndexedKey),
                              QString::fromUtf8(QJsonDocument(indexed).toJson(QJsonDocument::Compact))));
    return transaction->commit();
}

QString CourtsSearch::recordIdOf(const QString &courtCode)
{
    return QString::fromLatin1(Prefix) + courtCode;
}

std::optional<QString> CourtsSearch::courtOf(const QString &recordId)
{
    if (!recordId.startsWith(QLatin1String(Prefix)))
        return std::nullopt;
    return recordId.mid(int(qstrlen(Prefix)));
}

} // namespace GovDesk::Courts
