#include "CourtsStore.h"

#include "CourtsSchema.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

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

// The import stores dates as YYYY-MM-DD: read without QDate::fromString's general parser, which
// cost more than the rest of reading 50,000 cases and their events.
QDate dateOf(const Core::Statement &row, int column)
{
    const QByteArrayView text = row.utf8(column);
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (const char c : text) {
        if (c == '-' && part < 2)
            ++part;
        else if (c >= '0' && c <= '9')
            parts[part] = parts[part] * 10 + (c - '0');
        else
            return QDate::fromString(row.text(column), Qt::ISODate);
    }
    return text.size() == 10 && part == 2 ? QDate(parts[0], parts[1], parts[2]) : QDate();
}

std::string_view bytes(QByteArrayView view)
{
    return {view.data(), std::size_t(view.size())};
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

// The few kinds of event (立案, 开庭, 结案 …) shared rather than decoded for every row.
class EventKinds
{
public:
    QString of(QByteArrayView utf8)
    {
        for (const auto &[bytes, kind] : m_known)
            if (bytes == utf8)
                return kind;
        m_known.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_known.constLast().second;
    }

private:
    QList<std::pair<QByteArray, QString>> m_known;
};

} // namespace

std::optional<ClosingMethod> CourtsStore::closingFromWord(const QString &word)
{
    static const QStringList words = CourtsSchema::closingWords();
    const qsizetype index = words.indexOf(word);
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
    std::vector<QByteArray> numbers; // as stored: the events are matched on them
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        numbers.push_back(row.utf8(0).toByteArray());
        cases.append(caseOf(row));
    }));
    if (cases.isEmpty())
        return cases;
    // The events of the same cases in one pass, in the table's key order (案号, kind, date): no
    // sort of every event in SQLite; each case's few are put in the order they happened below.
    const bool filtered = !court.isEmpty() || period;
    auto events = m_db.prepare(
        QStringLiteral("SELECT e.case_number, e.kind, e.occurred_on, e.entered_on FROM courts_events e%1 "
                       "ORDER BY e.case_number, e.kind, e.occurred_on")
            .arg(filtered ? QStringLiteral(" JOIN courts_cases c USING (case_number)") + where : QString()));
    if (!events)
        return std::unexpected(events.error());
    bindFilters(*events);
    // Both lists are in 案号 order (SQLite's BINARY: bytes, as string_view compares them), so each
    // event's case is found by walking forward.
    std::size_t next = 0;
    EventKinds kinds;
    GD_TRY(events->forEachRow([&](const Core::Statement &row) {
        const std::string_view number = bytes(row.utf8(0));
        while (next < numbers.size() && bytes(numbers[next]) < number)
            ++next;
        if (next < numbers.size() && bytes(numbers[next]) == number)
            cases[qsizetype(next)].events.append(
                {.kind = kinds.of(row.utf8(1)), .occurredOn = dateOf(row, 2), .enteredOn = dateOf(row, 3)});
    }));
    for (CourtCase &c : cases)
        std::sort(c.events.begin(), c.events.end(), [](const CaseEvent &a, const CaseEvent &b) {
            return std::tie(a.occurredOn, a.kind) < std::tie(b.occurredOn, b.kind);
        });
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
