#include "WorkflowEntry.h"

#include <array>
#include <utility>

namespace GovDesk::Documents {

namespace {

using Action = WorkflowEntry::Action;

constexpr std::array<std::pair<Action, const char *>, 6> Actions{{
    {Action::Complete, "complete"},
    {Action::Return, "return"},
    {Action::SignFor, "signFor"},
    {Action::SendBack, "sendBack"},
    {Action::Circulate, "circulate"},
    {Action::Urge, "urge"},
}};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QJsonObject WorkflowEntry::toJson() const
{
    QString actionName;
    for (const auto &[value, text] : Actions) {
        if (value == action)
            actionName = QString::fromLatin1(text);
    }
    QJsonObject json{{key("action"), actionName},
                     {key("step"), step},
                     {key("userId"), userId},
                     {key("name"), name},
                     {key("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!toStep.isEmpty())
        json.insert(key("toStep"), toStep);
    if (!opinion.isEmpty())
        json.insert(key("opinion"), opinion);
    if (!reason.isEmpty())
        json.insert(key("reason"), reason);
    if (!readers.isEmpty())
        json.insert(key("readers"), QJsonArray::fromStringList(readers));
    return json;
}

WorkflowEntry WorkflowEntry::fromJson(const QJsonObject &json)
{
    WorkflowEntry entry;
    const QString actionName = json.value(key("action")).toString();
    for (const auto &[value, text] : Actions) {
        if (actionName == QLatin1String(text))
            entry.action = value;
    }
    entry.step = json.value(key("step")).toString();
    entry.toStep = json.value(key("toStep")).toString();
    entry.userId = json.value(key("userId")).toString();
    entry.name = json.value(key("name")).toString();
    entry.at = QDateTime::fromString(json.value(key("at")).toString(), Qt::ISODateWithMs);
    entry.opinion = json.value(key("opinion")).toString();
    entry.reason = json.value(key("reason")).toString();
    for (const QJsonValue &reader : json.value(key("readers")).toArray())
        entry.readers.append(reader.toString());
    return entry;
}

QJsonArray historyToJson(const QList<WorkflowEntry> &history)
{
    QJsonArray array;
    for (const WorkflowEntry &entry : history)
        array.append(entry.toJson());
    return array;
}

QList<WorkflowEntry> historyFromJson(const QJsonValue &json)
{
    QList<WorkflowEntry> history;
    for (const QJsonValue &entry : json.toArray())
        history.append(WorkflowEntry::fromJson(entry.toObject()));
    return history;
}

} // namespace GovDesk::Documents
