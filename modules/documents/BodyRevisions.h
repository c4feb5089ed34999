// BodyRevisions: 留痕 — each person's changes to the 正文 at 核稿 and 签发, kept in the document's
// record ("revisions") so that they travel and sync with it. Each saved change is a revision
// (one per person and step while undecided); its changes are the TextDiff against the revision
// before it. Before 登记 every revision is accepted or rejected, in order: rejecting one also
// rejects the later ones, which were written on top of it.
#pragma once

#include "Result.h"
#include "TextDiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace GovDesk::Documents {

struct BodyRevision
{
    enum class Decision { Pending, Accepted, Rejected };
    QString userId;
    QString name; // as shown: 王芳
    QString step; // 拟稿, 核稿, 签发 …
    QDateTime at;
    QString body;
    Decision decision = Decision::Pending;
    QString decidedBy;

    [[nodiscard]] bool operator==(const BodyRevision &) const = default;
};

class BodyRevisions
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::BodyRevisions)
public:
    [[nodiscard]] static BodyRevisions fromJson(const QJsonArray &json);
    [[nodiscard]] QJsonArray toJson() const;

    // The draft as it left 拟稿: the text later changes are marked against (accepted from the start).
    void setBaseline(const QString &userId, const QString &name, const QString &step, const QDateTime &at,
                     const QString &body);
    // A saved change of the 正文; nothing when `body` is what the 正文 is now. A later change by the
    // same person at the same step, still undecided, replaces theirs.
    void record(const QString &userId, const QString &name, const QString &step, const QDateTime &at,
                const QString &body);

    [[nodiscard]] const QList<BodyRevision> &revisions() const { return m_revisions; }
    // The 正文 as it stands: the latest revision not rejected.
    [[nodiscard]] QString currentBody() const;
    [[nodiscard]] bool hasPending() const;
    // What revision `index` changed, against the revision it was written on.
    [[nodiscard]] QList<DiffSegment> changesOf(qsizetype index) const;

    // Decides the oldest undecided revision (they are decided in order).
    [[nodiscard]] Core::Result<> accept(qsizetype index, const QString &decidedBy);
    [[nodiscard]] Core::Result<> reject(qsizetype index, const QString &decidedBy);

    [[nodiscard]] bool operator==(const BodyRevisions &) const = default;

private:
    [[nodiscard]] qsizetype oldestPending() const;
    [[nodiscard]] qsizetype basisOf(qsizetype index) const;
    [[nodiscard]] Core::Result<> checkDecidable(qsizetype index) const;

    QList<BodyRevision> m_revisions;
};

} // namespace GovDesk::Documents
