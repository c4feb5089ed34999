#include "CourtsStore.h"

#include "CourtsSchema.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace GovDesk::Courts {

using Core::Result;

namespace {

constexpr char CaseColumns[]
    = "c.case_number, c.filed_on, c.closed_on, c.limit_months, c.extension_months, c.deducted_days, "
      "c.closing, "
      "c.appealed, c.retrial_sought, c.appeal_outcome, c.execution_applied, c.execution_recovered, "
      "c.fields_complete, c.electronic_file, c.publishable, c.published";

// The cases a period looks at (CaseIndicators::compute): filed by its end and open at its start or
// after, or with an event in it (an 归档 entered after the closing counts in 录入及时率).
constexpr char PeriodFilter[]
    = " AND c.filed_on <= :to AND (c.closed_on IS NULL OR c.closed_on >= :from OR EXISTS (SELECT 1 FROM "
      "courts_events x WHERE x.case_number = c.case_number AND x.occurred_on BETWEEN :from AND :to))";

QDate dateOf(const Core::Statement &row, int column)
{
    return QDate::fromString(row.text(column), Qt::ISODate);
}

CourtCase caseOf(const Core::Statement &row)
{
    CourtCase c;
    c.number = CaseNumbers::parse(row.text(0)).value_or(CaseNumber{});
    c.filedOn = dateOf(row, 1);
    if (!row.isNull(2))
        c.closedOn = dateOf(row, 2);
    c.limitMonths = row.int32(3);
    c.extensionMonths = row.int32(4);
    c.deductedDays = row.int32(5);
    if (!row.isNull(6))
        c.closing = CourtsStore::closingFromWord(row.text(6));
    c.appealed = row.int32(7) != 0;
    c.retrialSought = row.int32(8) != 0;
    c.appealOutcome = CourtsStore::outcomeFromWord(row.text(9));
    c.executionApplied = row.real(10);
    c.executionRecovered = row.real(11);
    c.mandatoryFieldsComplete = row.int32(12) != 0;
    c.electronicFile = row.int32(13) != 0;
    c.judgmentPublishable = row.int32(14) != 0;
    c.judgmentPublished = row.int32(15) != 0;
    return c;
}

CaseEvent eventOf(const Core::Statement &row, int first)
{
    return {
        .kind = row.text(first), .occurredOn = dateOf(row, first + 1), .enteredOn = dateOf(row, first + 2)};
}

} // namespace

std::optional<ClosingMethod> CourtsStore::closingFromWord(const QString &word)
{
    const qsizetype index = CourtsSchema::closingWords().indexOf(word);
    if (index < 0)
        return std::nullopt;
    return ClosingMethod(index); // the words are in ClosingMethod's order
}

AppealOutcome CourtsStore::outcomeFromWord(const QString &word)
{
    static const QHash<QString, AppealOutcome> outcomes{
        {QStringLiteral("维持"), AppealOutcome::Upheld},
        {QStringLiteral("改判"), AppealOutcome::Reversed},
        {QStringLiteral("发回重审"), AppealOutcome::Remanded},
        {QStringLiteral("调撤"), AppealOutcome::MediatedOrWithdrawn}};
    return outcomes.value(word, AppealOutcome::None);
}

Result<QList<CourtCase>> CourtsStore::cases(const QString &court, const std::optional<Period> &period) const
{
    const QString where = QStringLiteral(" WHERE 1")
                          + (court.isEmpty() ? QString() : QStringLiteral(" AND c.court = :court"))
                          + (period ? QLatin1String(PeriodFilter) : QLatin1String());
    const auto bindFilters = [&](Core::Statement &statement) {
        if (!court.isEmpty())
            statement.bind(":court", court);
        if (period) {
            statement.bind(":from", period->from.toString(Qt::ISODate));
            statement.bind(":to", period->to.toString(Qt::ISODate));
        }
    };
    auto statement = m_db.prepare(QStringLiteral("SELECT %1 FROM courts_cases c%2 ORDER BY c.case_number")
                                      .arg(QLatin1String(CaseColumns), where));
    if (!statement)
        return std::unexpected(statement.error());
    bindFilters(*statement);
    QList<CourtCase> cases;
    QHash<QString, qsizetype> byNumber;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        byNumber.insert(row.text(0), cases.size());
        cases.append(caseOf(row));
    }));
    if (cases.isEmpty())
        return cases;
    // The events of the same cases in one pass, in the order they happened.
    auto events
        = m_db.prepare(QStringLiteral("SELECT e.case_number, e.kind, e.occurred_on, e.entered_on "
                                      "FROM courts_events e JOIN courts_cases c USING (case_number)%1 "
                                      "ORDER BY e.case_number, e.occurred_on, e.kind")
                           .arg(where));
    if (!events)
        return std::unexpected(events.error());
    bindFilters(*events);
    GD_TRY(events->forEachRow([&](const Core::Statement &row) {
        if (const auto found = byNumber.constFind(row.text(0)); found != byNumber.constEnd())
            cases[*found].events.append(eventOf(row, 1));
    }));
    return cases;
}

Result<std::optional<CourtCase>> CourtsStore::courtCase(const QString &caseNumber) const
{
    auto statement
        = m_db.prepareCached(QStringLiteral("SELECT %1 FROM courts_cases c WHERE c.case_number = ?")
                                 .arg(QLatin1String(CaseColumns)));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, caseNumber);
    std::optional<CourtCase> found;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) { found = caseOf(row); }));
    if (found) {
        auto events = this->events(caseNumber);
        if (!events)
            return std::unexpected(events.error());
        found->events = *events;
    }
    return found;
}

Result<QList<CaseEvent>> CourtsStore::events(const QString &caseNumber) const
{
    auto statement
        = m_db.prepareCached(QStringLiteral("SELECT kind, occurred_on, entered_on FROM courts_events WHERE "
                                            "case_number = ? ORDER BY occurred_on, kind"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, caseNumber);
    QList<CaseEvent> events;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) { events.append(eventOf(row, 0)); }));
    return events;
}

Result<CourtDirectory> CourtsStore::directory() const
{
    auto statement = m_db.prepareCached(QStringLiteral("SELECT code, name FROM courts_courts ORDER BY code"));
    if (!statement)
        return std::unexpected(statement.error());
    QJsonArray courts;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        courts.append(
            QJsonObject{{QStringLiteral("code"), row.text(0)}, {QStringLiteral("name"), row.text(1)}});
    }));
    return CourtDirectory::fromJson(courts);
}

Result<QList<BehindCase>> CourtsStore::casesBehind(Indicator indicator, const QString &court,
                                                   const Period &period,
                                                   const IndicatorSettings &settings) const
{
    auto cases = this->cases(court, period);
    if (!cases)
        return std::unexpected(cases.error());
    return CasesBehind::of(*cases, indicator, period, settings);
}

Result<qint64> CourtsStore::caseCount() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM courts_cases"));
}

Result<qint64> CourtsStore::eventCount() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM courts_events"));
}

} // namespace GovDesk::Courts
