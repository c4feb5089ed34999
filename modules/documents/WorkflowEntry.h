// WorkflowEntry and Actor: who did what at which step of a 公文's handling, and with which roles.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Documents {

// Role ids as the sync server's accounts carry them (server/DemoData.cpp, docs/glossary.md).
inline constexpr char SignerRole[] = "signer"; // 签发人: may sign (签发)
inline constexpr char LeaderRole[] = "leader"; // 领导: gives the instruction on a 收文 (批办)

// The person acting. `unrestricted` mirrors ModuleContext::rolesAllow(): before the profile's
// first sign-in and in the demo every step is offered, and the server still enforces its roles.
struct Actor
{
    QString userId;
    QString name;
    QStringList roles;
    bool unrestricted = false;

    [[nodiscard]] bool holdsAnyOf(const QStringList &required) const
    {
        if (required.isEmpty() || unrestricted)
            return true;
        for (const QString &role : required) {
            if (roles.contains(role))
                return true;
        }
        return false;
    }
};

// One line of a document's history, kept in its record (JSON keys as the members).
struct WorkflowEntry
{
    enum class Action {
        Complete,  // the step is done, the next one begins
        Return,    // back to an earlier step, with a reason
        SignFor,   // 签收 of an arrival (回执: time and person)
        SendBack,  // 退回 of an arrival to its sender, with a reason
        Circulate, // 传阅
        Urge,      // 催办
    };
    Action action = Action::Complete;
    QString step;   // the step acted on, by its Chinese name (核稿, 签收 …)
    QString toStep; // where the document went (empty for 传阅 and 催办)
    QString userId;
    QString name;
    QDateTime at;        // UTC
    QString opinion;     // 意见
    QString reason;      // why it was returned or sent back
    QStringList readers; // 传阅: who is to read it

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static WorkflowEntry fromJson(const QJsonObject &json);
    [[nodiscard]] bool operator==(const WorkflowEntry &) const = default;
};

[[nodiscard]] QJsonArray historyToJson(const QList<WorkflowEntry> &history);
[[nodiscard]] QList<WorkflowEntry> historyFromJson(const QJsonValue &json);

} // namespace GovDesk::Documents
