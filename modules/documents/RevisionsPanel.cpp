#include "RevisionsPanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GovDesk::Documents {

namespace {

// One colour per person, as in a word processor's tracked changes.
const QStringList PersonColours{QStringLiteral("#1f5fbf"), QStringLiteral("#2e7d32"),
                                QStringLiteral("#8e24aa"), QStringLiteral("#ef6c00"),
                                QStringLiteral("#00838f")};

QString decisionText(BodyRevision::Decision decision)
{
    switch (decision) {
    case BodyRevision::Decision::Accepted:
        return RevisionsPanel::tr("Accepted");
    case BodyRevision::Decision::Rejected:
        return RevisionsPanel::tr("Rejected");
    case BodyRevision::Decision::Pending:
        break;
    }
    return RevisionsPanel::tr("To decide");
}

std::optional<QString> editWithDialog(QWidget *parent, const QString &body)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(RevisionsPanel::tr("Change the body"));
    auto *edit = new QPlainTextEdit(body, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(720, 520);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText();
}

} // namespace

RevisionsPanel::RevisionsPanel(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_editor(editWithDialog)
    , m_list(new QTreeWidget(this))
    , m_changes(new QTextBrowser(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_edit(new QPushButton(tr("Change the body…"), this))
{
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_changes->setObjectName(QStringLiteral("revisionChanges"));
    m_accept->setObjectName(QStringLiteral("revisionAccept"));
    m_reject->setObjectName(QStringLiteral("revisionReject"));
    m_edit->setObjectName(QStringLiteral("revisionEdit"));
    m_list->setHeaderLabels({tr("Person"), tr("Step"), tr("Time"), tr("Decision")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 16);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_accept, m_reject, m_edit})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_changes, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { showRevision(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_edit, &QPushButton::clicked, this, &RevisionsPanel::editBody);
}

void RevisionsPanel::setDocument(const LoadedDocument &loaded)
{
    m_loaded = loaded;
    m_list->clear();
    const QList<BodyRevision> &revisions = loaded.dispatch.revisions.revisions();
    qsizetype firstPending = -1;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const BodyRevision &revision = revisions.at(i);
        //: The first revision: the draft as it left 拟稿
        new QTreeWidgetItem(m_list,
                            {i == 0 ? tr("%1 (draft)").arg(revision.name) : revision.name, revision.step,
                             revision.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             i == 0 ? QString() : decisionText(revision.decision)});
        if (firstPending < 0 && revision.decision == BodyRevision::Decision::Pending)
            firstPending = i;
    }
    const DispatchStage stage = loaded.dispatch.stage;
    m_edit->setVisible(!loaded.isReceived()
                       && (stage == DispatchStage::Reviewing || stage == DispatchStage::Signing
                           || stage == DispatchStage::Checking));
    m_list->setCurrentItem(
        m_list->topLevelItem(static_cast<int>(firstPending >= 0 ? firstPending : revisions.size() - 1)));
    showRevision(m_list->indexOfTopLevelItem(m_list->currentItem()));
}

QString RevisionsPanel::changesHtml(qsizetype index) const
{
    const QList<BodyRevision> &revisions = m_loaded.dispatch.revisions.revisions();
    if (index < 0 || index >= revisions.size())
        return {};
    QStringList people;
    for (const BodyRevision &revision : revisions) {
        if (!people.contains(revision.userId))
            people << revision.userId;
    }
    const QString colour
        = PersonColours.at(people.indexOf(revisions.at(index).userId) % PersonColours.size());
    QString html;
    for (const DiffSegment &segment : m_loaded.dispatch.revisions.changesOf(index)) {
        const QString text = segment.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (segment.kind) {
        case DiffSegment::Kind::Equal:
            html += text;
            break;
        case DiffSegment::Kind::Inserted:
            html += QStringLiteral("<span style=\"color:%1; text-decoration: underline;\">%2</span>")
                        .arg(colour, text);
            break;
        case DiffSegment::Kind::Deleted:
            html += QStringLiteral("<span style=\"color:#c62828; text-decoration: line-through;\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html;
}

void RevisionsPanel::showRevision(qsizetype index)
{
    const QList<BodyRevision> &revisions = m_loaded.dispatch.revisions.revisions();
    m_changes->setHtml(changesHtml(index));
    const bool decidable = index > 0 && index < revisions.size()
                           && revisions.at(index).decision == BodyRevision::Decision::Pending;
    m_accept->setEnabled(decidable);
    m_reject->setEnabled(decidable);
}

void RevisionsPanel::decide(bool accept)
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (auto decided = DocumentHandling::decideRevision(m_context, m_loaded, index, accept); !decided) {
        QMessageBox::information(this, tr("Tracked changes"), decided.error().message);
        return;
    }
    emit documentChanged();
}

void RevisionsPanel::editBody()
{
    const auto body = m_editor(this, m_loaded.document.body);
    if (!body || *body == m_loaded.document.body)
        return;
    if (auto saved
        = DocumentHandling::reviseBody(m_context, m_loaded, *body, QDateTime::currentDateTimeUtc());
        !saved) {
        QMessageBox::information(this, tr("Tracked changes"), saved.error().message);
        return;
    }
    emit documentChanged();
}

} // namespace GovDesk::Documents
