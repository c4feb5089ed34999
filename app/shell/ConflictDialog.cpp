#include "ConflictDialog.h"

#include "sync/RecordStore.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

namespace {
QPlainTextEdit *makeSide(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}
} // namespace

ConflictDialog::ConflictDialog(RecordStore &records, ModuleName moduleName, FieldLabel fieldLabel, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_moduleName(std::move(moduleName))
    , m_fieldLabel(std::move(fieldLabel))
    , m_list(new QListWidget(this))
    , m_local(makeSide(QStringLiteral("localVersion"), this))
    , m_server(makeSide(QStringLiteral("serverVersion"), this))
    , m_summary(new QLabel(this))
    , m_keepLocal(new QPushButton(tr("Keep my version"), this))
    , m_takeServer(new QPushButton(tr("Use the server's version"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync conflicts"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_takeServer->setObjectName(QStringLiteral("takeServerButton"));
    m_summary->setWordWrap(true);

    auto *sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("My version (on this computer)"), this), 0, 0);
    sides->addWidget(new QLabel(tr("Server's version"), this), 0, 1);
    sides->addWidget(m_local, 1, 0);
    sides->addWidget(m_server, 1, 1);
    sides->addWidget(m_keepLocal, 2, 0);
    sides->addWidget(m_takeServer, 2, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(sides, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showCurrent);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolveCurrent(true); });
    connect(m_takeServer, &QPushButton::clicked, this, [this] { resolveCurrent(false); });
    resize(860, 560);
    reload();
}

QString ConflictDialog::recordTitle(const QJsonObject &payload, const QString &recordId)
{
    for (const char *key : {"title", "标题", "name"}) {
        const QString value = payload.value(QString::fromUtf8(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return recordId;
}

QString ConflictDialog::describe(const QJsonObject &payload, bool deleted, const QJsonObject &other,
                                 const std::function<QString(const QString &field)> &label)
{
    if (deleted)
        return tr("(deleted)");
    QStringList lines;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                             : value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                             : value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                                : value.toVariant().toString();
        const bool differs = other.value(it.key()) != value;
        const QString name = label ? label(it.key()) : QString();
        lines << (differs ? QStringLiteral("• ") : QStringLiteral("  ")) + tr("%1: %2").arg(name.isEmpty() ? it.key() : name, text);
    }
    return lines.join(QLatin1Char('\n'));
}

void ConflictDialog::reload()
{
    auto conflicts = m_records.conflicts();
    m_conflicts = conflicts ? *conflicts : QList<SyncConflict>{};
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const SyncConflict &conflict : m_conflicts) {
        const QString module = m_moduleName(conflict.collection.section(QLatin1Char('.'), 0, 0));
        const QJsonObject &shown = conflict.localDeleted ? conflict.serverPayload : conflict.localPayload;
        m_list->addItem(tr("%1 — %2 (found %3)")
                            .arg(module, recordTitle(shown, conflict.recordId),
                                 QLocale().toString(conflict.detectedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (!conflicts)
        m_summary->setText(tr("The conflicts could not be read: %1").arg(conflicts.error().message));
    else if (m_conflicts.isEmpty())
        m_summary->setText(tr("No conflicts. Every local change has reached the server or is waiting to be sent."));
    else
        m_summary->setText(tr("These records were changed here and on the server. Nothing has been lost: choose "
                              "which version to keep for each one. Fields marked • differ."));
    m_list->setCurrentRow(m_conflicts.isEmpty() ? -1 : 0);
    showCurrent();
}

void ConflictDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_keepLocal->setEnabled(valid);
    m_takeServer->setEnabled(valid);
    if (!valid) {
        m_local->clear();
        m_server->clear();
        return;
    }
    const SyncConflict &conflict = m_conflicts.at(row);
    const auto label = [this, &conflict](const QString &field) {
        return m_fieldLabel ? m_fieldLabel(conflict.collection, field) : QString();
    };
    m_local->setPlainText(describe(conflict.localPayload, conflict.localDeleted, conflict.serverPayload, label));
    m_server->setPlainText(describe(conflict.serverPayload, conflict.serverDeleted, conflict.localPayload, label));
}

void ConflictDialog::resolveCurrent(bool keepLocal)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const qint64 id = m_conflicts.at(row).id;
    const Result<> result = keepLocal ? m_records.resolveKeepLocal(id) : m_records.resolveTakeServer(id);
    if (!result) {
        QMessageBox::warning(this, windowTitle(), result.error().message);
        return;
    }
    Q_EMIT resolved(keepLocal);
    reload();
}

} // namespace GovDesk::Shell
