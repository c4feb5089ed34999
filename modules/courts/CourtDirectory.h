// CourtDirectory: a province's courts (高院 → 中院 → 基层法院) with their 代字 and names, checked
// as a whole: every 代字 well formed and its level the one it spells, each court under the court
// its 代字 names as parent, no 代字 twice.
#pragma once

#include "CaseNumber.h"

#include <QJsonArray>
#include <QList>

namespace GovDesk::Courts {

struct Court
{
    QString code; // 法院代字: 琼01
    QString name; // 海南省海口市中级人民法院
    CourtLevel level = CourtLevel::Basic;
    QString parent; // 代字 of the court above; empty for the top of the directory
};

class CourtDirectory
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtDirectory)
public:
    CourtDirectory() = default;

    // [{"code": "琼01", "name": "…"}, …]; the level and parent follow from the 代字. A refusal names
    // the entry (its position and 代字) and the rule.
    [[nodiscard]] static Core::Result<CourtDirectory> fromJson(const QJsonArray &courts);
    [[nodiscard]] QJsonArray toJson() const;

    [[nodiscard]] const QList<Court> &courts() const { return m_courts; }
    [[nodiscard]] std::optional<Court> court(const QString &code) const;
    [[nodiscard]] QList<Court> atLevel(CourtLevel level) const;
    [[nodiscard]] QString nameOf(const QString &code) const; // the 代字 itself when unknown
    [[nodiscard]] bool contains(const QString &code) const { return court(code).has_value(); }

    // The level's name in a 通报: 高级人民法院, 中级人民法院, 基层人民法院.
    [[nodiscard]] static QString levelName(CourtLevel level);

private:
    QList<Court> m_courts; // in 代字 order
};

} // namespace GovDesk::Courts
