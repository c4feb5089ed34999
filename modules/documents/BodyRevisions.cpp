#include "BodyRevisions.h"

#include <QJsonObject>

namespace GovDesk::Documents {

namespace {

QString decisionName(BodyRevision::Decision decision)
{
    switch (decision) {
    case BodyRevision::Decision::Accepted:
        return QStringLiteral("accepted");
    case BodyRevision::Decision::Rejected:
        return QStringLiteral("rejected");
    case BodyRevision::Decision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

BodyRevision::Decision decisionFrom(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return BodyRevision::Decision::Accepted;
    if (name == QLatin1String("rejected"))
        return BodyRevision::Decision::Rejected;
    return BodyRevision::Decision::Pending;
}

} // namespace

BodyRevisions BodyRevisions::fromJson(const QJsonArray &json)
{
    BodyRevisions revisions;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        revisions.m_revisions.append(
            {object.value(QStringLiteral("userId")).toString(),
             object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("step")).toString(),
             QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODate),
             object.value(QStringLiteral("body")).toString(),
             decisionFrom(object.value(QStringLiteral("decision")).toString()),
             object.value(QStringLiteral("decidedBy")).toString()});
    }
    return revisions;
}

QJsonArray BodyRevisions::toJson() const
{
    QJsonArray json;
    for (const BodyRevision &revision : m_revisions) {
        QJsonObject object{{QStringLiteral("userId"), revision.userId},
                           {QStringLiteral("name"), revision.name},
                           {QStringLiteral("step"), revision.step},
                           {QStringLiteral("at"), revision.at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("body"), revision.body},
                           {QStringLiteral("decision"), decisionName(revision.decision)}};
        if (!revision.decidedBy.isEmpty())
            object.insert(QStringLiteral("decidedBy"), revision.decidedBy);
        json.append(object);
    }
    return json;
}

void BodyRevisions::setBaseline(const QString &userId, const QString &name, const QString &step,
                                const QDateTime &at, const QString &body)
{
    m_revisions = {{userId, name, step, at, body, BodyRevision::Decision::Accepted, name}};
}

void BodyRevisions::record(const QString &userId, const QString &name, const QString &step,
                           const QDateTime &at, const QString &body)
{
    if (m_revisions.isEmpty())
        return setBaseline(userId, name, step, at, body);
    if (body == currentBody())
        return;
    BodyRevision &last = m_revisions.last();
    if (m_revisions.size() > 1 && last.decision == BodyRevision::Decision::Pending && last.userId == userId
        && last.step == step) {
        last.body = body;
        last.at = at;
        return;
    }
    m_revisions.append({userId, name, step, at, body, BodyRevision::Decision::Pending, {}});
}

QString BodyRevisions::currentBody() const
{
    for (auto revision = m_revisions.crbegin(); revision != m_revisions.crend(); ++revision) {
        if (revision->decision != BodyRevision::Decision::Rejected)
            return revision->body;
    }
    return {};
}

bool BodyRevisions::hasPending() const
{
    return oldestPending() >= 0;
}

qsizetype BodyRevisions::oldestPending() const
{
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        if (m_revisions.at(i).decision == BodyRevision::Decision::Pending)
            return i;
    }
    return -1;
}

qsizetype BodyRevisions::basisOf(qsizetype index) const
{
    for (qsizetype i = index - 1; i >= 0; --i) {
        if (m_revisions.at(i).decision != BodyRevision::Decision::Rejected)
            return i;
    }
    return -1;
}

QList<DiffSegment> BodyRevisions::changesOf(qsizetype index) const
{
    if (index < 0 || index >= m_revisions.size())
        return {};
    const qsizetype basis = basisOf(index);
    return TextDiff::compare(basis >= 0 ? m_revisions.at(basis).body : QString(), m_revisions.at(index).body);
}

Core::Result<> BodyRevisions::checkDecidable(qsizetype index) const
{
    if (index != oldestPending() || index < 0)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("Changes are accepted or rejected in the order they were made; decide the "
                             "earlier ones first."));
    return {};
}

Core::Result<> BodyRevisions::accept(qsizetype index, const QString &decidedBy)
{
    GD_TRY(checkDecidable(index));
    m_revisions[index].decision = BodyRevision::Decision::Accepted;
    m_revisions[index].decidedBy = decidedBy;
    return {};
}

Core::Result<> BodyRevisions::reject(qsizetype index, const QString &decidedBy)
{
    GD_TRY(checkDecidable(index));
    for (qsizetype i = index; i < m_revisions.size(); ++i) {
        m_revisions[i].decision = BodyRevision::Decision::Rejected;
        m_revisions[i].decidedBy = decidedBy;
    }
    return {};
}

} // namespace GovDesk::Documents
