#include "RequestsStore.h"

#include "OrganisationCalendar.h"
#include "RequestSupervision.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "store/RowUpsert.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QJsonDocument>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

QString iso(const std::optional<QDate> &day)
{
    return day ? day->toString(Qt::ISODate) : QString();
}

Core::Result<> removeRequest(Core::ModuleContext &context, const QString &recordId)
{
    auto statement = context.database().prepareCached(
        QStringLiteral("DELETE FROM disclosure_requests WHERE record_id = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, recordId);
    GD_TRY(statement->exec());
    return context.todos().removeAll(recordId);
}

// The to-do of one request: published while yellow or red, removed once green or answered.
Core::Result<> updateTodo(Core::ModuleContext &context, const QString &recordId,
                          const DisclosureRequest &request, const HolidayCalendar &calendar, QDate today)
{
    if (!request.isOpen() || request.receivedOn > today)
        return context.todos().removeAll(recordId);
    const RequestSupervision supervision(calendar, RequestsStore::approachingDays(context));
    const auto state = supervision.stateOf(request, today);
    if (!state)
        return std::unexpected(state.error());
    if (state->status == SupervisionStatus::Green)
        return context.todos().removeAll(recordId);
    return context.todos().publish(
        {.recordId = recordId,
         .kind = Core::TodoKind::ToDo,
         .title = RequestSupervision::todoTitle(request.serial, request.applicantName, *state),
         .dueAt = QDateTime(state->dueDate, QTime(23, 59, 59)).toUTC(),
         .urgency
         = state->status == SupervisionStatus::Red ? Core::Urgency::VeryUrgent : Core::Urgency::Urgent});
}

Core::Result<> writeRequest(Core::ModuleContext &context, const QString &recordId, const QJsonObject &payload,
                            const HolidayCalendar &calendar, QDate today)
{
    const auto request = DisclosureRequests::fromJson(payload);
    if (!request) {
        // A record this version cannot read must not hold the projection back: it is left out
        // (and logged) until a corrected version arrives.
        qCWarning(context.log()) << "disclosure.request" << recordId
                                 << "left out:" << request.error().fullText();
        return removeRequest(context, recordId);
    }
    std::optional<QDate> due;
    if (const auto state = RequestDeadline::evaluate(calendar, request->timeline(), request->receivedOn))
        due = state->dueDate;
    static const Core::RowUpsert upsert(
        QStringLiteral("disclosure_requests"),
        QStringLiteral("record_id, serial, year, applicant_type, applicant_name, channel, content, "
                       "department, status, received_on, corrected_on, extended, due_on, reply_type, "
                       "replied_on, payload"),
        1);
    const auto bindRow = [&](Core::Statement &row) {
        row.bind(1, recordId)
            .bind(2, request->serial)
            .bind(3, request->receivedOn.year())
            .bind(4, ApplicantTypes::key(request->applicantType))
            .bind(5, request->applicantName)
            .bind(6, DisclosureRequests::channelKey(request->channel()))
            .bind(7, request->content)
            .bind(8, request->department)
            .bind(9, DisclosureRequests::statusKey(request->status))
            .bind(10, request->receivedOn.toString(Qt::ISODate))
            .bind(11, iso(request->correctedOn))
            .bind(12, request->extension ? 1 : 0)
            .bind(13, iso(due))
            .bind(14, request->reply ? ReplyTypes::key(request->reply->type) : QString())
            .bind(15, request->reply ? request->reply->on.toString(Qt::ISODate) : QString())
            .bind(16, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    };
    GD_TRY(upsert.write(context.database(), bindRow));
    return updateTodo(context, recordId, *request, calendar, today);
}

} // namespace

QList<Core::Migration> RequestsStore::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("disclosure_requests: the requests as projected"),
             .sql = QStringLiteral(
                 "CREATE TABLE disclosure_requests ("
                 " record_id TEXT PRIMARY KEY, serial TEXT NOT NULL, year INTEGER NOT NULL,"
                 " applicant_type TEXT NOT NULL, applicant_name TEXT NOT NULL, channel TEXT NOT NULL,"
                 " content TEXT NOT NULL, department TEXT, status TEXT NOT NULL,"
                 " received_on TEXT NOT NULL, corrected_on TEXT, extended INTEGER NOT NULL,"
                 " due_on TEXT, reply_type TEXT, replied_on TEXT,"
                 " payload TEXT NOT NULL);"
                 "CREATE INDEX disclosure_requests_year_serial ON disclosure_requests (year, serial);"
                 "CREATE INDEX disclosure_requests_status ON disclosure_requests (status, due_on);")}};
}

HolidayCalendar RequestsStore::calendar(const Core::ModuleContext &context)
{
    auto calendar = OrganisationCalendar::load(context);
    if (calendar)
        return *calendar;
    qCWarning(context.log()) << "organisation calendar not read, counting on the shipped notices:"
                             << calendar.error().fullText();
    return HolidayCalendar::shipped().value_or(HolidayCalendar());
}

Core::Result<> RequestsStore::install(Core::ModuleContext &context, RequestsStoreOptions options)
{
    if (!options.today)
        options.today = [] {
            return QDate::currentDate();
        };
    Core::MigrationRunner runner;
    GD_TRY(runner.add(QString::fromLatin1(MigrationOwner), migrations()));
    GD_TRY(runner.run(context.database()));
    GD_TRY(context.records().declareCollection({.name = QString::fromLatin1(RequestCollection)}));
    GD_TRY(OrganisationCalendar::declare(context));
    const auto shared = std::make_shared<const RequestsStoreOptions>(std::move(options));
    const auto calendarOf = [&context](const RequestsStoreOptions &pinned) {
        return pinned.calendar ? *pinned.calendar : calendar(context);
    };
    GD_TRY(context.addProjection(projection(context, shared)));
    QObject::connect(
        &context, &Core::ModuleContext::sessionUnlocked, &context, [&context, shared, calendarOf] {
            if (const auto refreshed = refreshTodos(context, calendarOf(*shared), shared->today());
                !refreshed)
                qCWarning(context.log()) << "request to-dos not refreshed:" << refreshed.error().fullText();
        });
    return {};
}

Core::Projection RequestsStore::projection(Core::ModuleContext &context,
                                           std::shared_ptr<const RequestsStoreOptions> options)
{
    return {.name = QString::fromLatin1(ProjectionName),
            .collections = {QString::fromLatin1(RequestCollection)},
            .version = 1,
            .apply = [&context, options](const Core::ProjectedRecord &record) -> Core::Result<> {
                if (record.isGone())
                    return removeRequest(context, record.recordId);
                return writeRequest(context, record.recordId, record.record->payload,
                                    options->calendar ? *options->calendar : calendar(context),
                                    options->today());
            },
            .reset = [&context]() -> Core::Result<> {
                return context.database().execute(QStringLiteral("DELETE FROM disclosure_requests"));
            }};
}

Core::Result<int> RequestsStore::refreshTodos(Core::ModuleContext &context, const HolidayCalendar &calendar,
                                              QDate today)
{
    const auto requests = all(context.database());
    if (!requests)
        return std::unexpected(requests.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    for (auto it = requests->cbegin(); it != requests->cend(); ++it)
        GD_TRY(updateTodo(context, it.key(), it.value(), calendar, today));
    GD_TRY(transaction->commit());
    return int(requests->size());
}

Core::Result<> RequestsStore::save(Core::ModuleContext &context, const QString &recordId,
                                   const DisclosureRequest &request)
{
    GD_TRY(DisclosureRequests::validate(request));
    return context.records().put(QString::fromLatin1(RequestCollection), recordId, request.toJson());
}

Core::Result<QString> RequestsStore::registerRequest(Core::ModuleContext &context,
                                                     const DisclosureRequest &draft,
                                                     const RequestActor &actor, QDateTime at)
{
    const auto received = RequestDeadline::receivedOn(draft.receipt);
    if (!received)
        return std::unexpected(received.error());
    const auto existing = serials(context.database(), received->year());
    if (!existing)
        return std::unexpected(existing.error());
    const auto registered = RequestWorkflow::registerRequest(draft, *existing, actor, std::move(at));
    if (!registered)
        return std::unexpected(registered.error());
    const QString recordId = Core::RecordStore::newRecordId();
    GD_TRY(save(context, recordId, *registered));
    return recordId;
}

Core::Result<QMap<QString, DisclosureRequest>> RequestsStore::all(Core::Database &db)
{
    auto statement
        = db.prepare(QStringLiteral("SELECT record_id, payload FROM disclosure_requests ORDER BY serial"));
    if (!statement)
        return std::unexpected(statement.error());
    QMap<QString, DisclosureRequest> requests;
    std::optional<Core::Error> failure;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        auto request = DisclosureRequests::fromJson(QJsonDocument::fromJson(row.text(1).toUtf8()).object());
        if (!request) {
            failure = request.error();
            return false;
        }
        requests.insert(row.text(0), *request);
        return true;
    }));
    if (failure)
        return std::unexpected(*failure);
    return requests;
}

Core::Result<QStringList> RequestsStore::serials(Core::Database &db, int year)
{
    auto statement = db.prepare(QStringLiteral("SELECT serial FROM disclosure_requests WHERE year = ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, year);
    QStringList serials;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) { serials.append(row.text(0)); }));
    return serials;
}

int RequestsStore::approachingDays(const Core::ModuleContext &context)
{
    const auto value = context.setting(QString::fromLatin1(ApproachingDaysSetting),
                                       RequestDeadline::DefaultApproachingDays);
    if (!value)
        return RequestDeadline::DefaultApproachingDays;
    bool ok = false;
    const int days = value->toInt(&ok);
    return ok && days >= 0 && days <= RequestDeadline::AnswerLimit ? days
                                                                   : RequestDeadline::DefaultApproachingDays;
}

} // namespace GovDesk::Disclosure
