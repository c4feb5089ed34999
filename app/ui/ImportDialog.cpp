#include "ImportDialog.h"

#include "ErrorBanner.h"
#include "ProgressPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GovDesk::Ui {

namespace {

constexpr int PreviewRows = 20;

QTableWidget *table(QWidget *parent)
{
    auto *widget = new QTableWidget(parent);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->setVisible(false);
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

// Progress in whole per mille of the file's bytes.
int perMille(qint64 done, qint64 total)
{
    return total > 0 ? int(done * 1000 / total) : 0;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, Core::ImportSchema schema, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_import(path, schema)
    , m_schema(std::move(schema))
    , m_apply(std::move(apply))
    , m_error(new ErrorBanner(this))
    , m_source(new QLabel(this))
    , m_preview(table(this))
    , m_summary(new QLabel(this))
    , m_problems(table(this))
    , m_progress(new ProgressPanel(this))
    //: 检查
    , m_checkButton(new QPushButton(tr("Check"), this))
    //: 导入
    , m_importButton(new QPushButton(tr("Import"), this))
{
    //: 导入：文件名
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("importDialog"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_checkButton->setObjectName(QStringLiteral("importCheck"));
    m_importButton->setObjectName(QStringLiteral("importApply"));
    m_summary->setWordWrap(true);

    auto *mappingForm = new QFormLayout;
    for (const Core::ImportField &field : m_schema.fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("importColumn-") + field.key);
        mappingForm->addRow(field.required ? tr("%1 (required)").arg(field.label) : field.label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_check.reset(); // a new mapping needs a new check
            m_summary->clear();
            m_problems->setRowCount(0);
            updateButtons();
        });
        m_columns.append(combo);
    }
    m_problems->setColumnCount(4);
    //: 行, 列, 值, 原因
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::startCheck);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_progress, &ProgressPanel::cancelRequested, this, [this] { m_cancel = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_source);
    layout->addWidget(m_preview, 2);
    //: 对应的列
    layout->addWidget(new QLabel(tr("Which column holds each field:"), this));
    layout->addLayout(mappingForm);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_error->hide();
    m_progress->hide();
    resize(900, 700);
    loadPreview();
}

ImportDialog::~ImportDialog()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join(); // the worker touches nothing of the dialog but through queued calls
}

void ImportDialog::loadPreview()
{
    auto preview = m_import.preview(PreviewRows);
    if (!preview) {
        m_error->showError(preview.error().message, preview.error().detail);
        updateButtons();
        return;
    }
    //: 文件格式和编码，例如 CSV，GB18030
    m_source->setText(tr("%1, %2").arg(preview->format == Core::ImportFormat::Json ? QStringLiteral("JSON")
                                                                                   : QStringLiteral("CSV"),
                                       preview->encoding));
    m_preview->setColumnCount(int(preview->headers.size()));
    m_preview->setHorizontalHeaderLabels(preview->headers);
    m_preview->setRowCount(int(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const QStringList &cells = preview->rows.at(row);
        for (int column = 0; column < cells.size() && column < preview->headers.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    for (qsizetype i = 0; i < m_schema.fields.size(); ++i) {
        QComboBox *combo = m_columns.at(i);
        const QSignalBlocker blocker(combo);
        //: 不导入该项
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < preview->headers.size(); ++column)
            combo->addItem(preview->headers.at(column), column);
        combo->setCurrentIndex(combo->findData(preview->suggested.value(m_schema.fields.at(i).key, -1)));
    }
    updateButtons();
}

Core::ColumnMapping ImportDialog::mapping() const
{
    Core::ColumnMapping mapping;
    for (qsizetype i = 0; i < m_schema.fields.size(); ++i) {
        const int column = m_columns.at(i)->currentData().toInt();
        if (column >= 0)
            mapping.insert(m_schema.fields.at(i).key, column);
    }
    return mapping;
}

void ImportDialog::setMapping(const QString &fieldKey, int column)
{
    const qsizetype index = m_schema.indexOf(fieldKey);
    if (index >= 0)
        m_columns.at(index)->setCurrentIndex(m_columns.at(index)->findData(column));
}

void ImportDialog::runInBackground(const QString &what, std::function<void()> work)
{
    if (m_worker.joinable())
        return;
    m_cancel = false;
    m_error->clear();
    m_progress->start(what, 1000);
    updateButtons();
    m_worker = std::thread(std::move(work));
}

void ImportDialog::finishWork()
{
    if (m_worker.joinable())
        m_worker.join();
    m_progress->finish();
    updateButtons();
}

Core::TableImport::Progress ImportDialog::progressReporter()
{
    return [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this,
                                  [this, done, total] { m_progress->setProgress(perMille(done, total)); });
    };
}

void ImportDialog::startCheck()
{
    const Core::ColumnMapping columns = mapping();
    // The destructor joins the worker, so `this` outlives every call the worker posts; posted
    // calls still queued when the dialog goes are dropped with it.
    //: 正在检查…
    runInBackground(tr("Checking every row…"), [this, columns] {
        auto check = m_import.check(columns, progressReporter(), &m_cancel);
        QMetaObject::invokeMethod(this, [this, check = std::move(check)] {
            finishWork();
            if (!check) {
                m_check.reset();
                m_error->showError(check.error().message, check.error().detail);
            } else {
                m_check = *check;
                showProblems(*check);
            }
            updateButtons();
            Q_EMIT checkFinished();
        });
    });
}

void ImportDialog::showProblems(const Core::ImportCheck &check)
{
    const QLocale locale;
    if (check.isClean()) {
        //: 共 N 行，没有问题，可以导入。
        m_summary->setText(tr("%1 rows, no problems: ready to import.").arg(locale.toString(check.rows)));
    } else {
        m_summary->setText(
            check.problemCount > check.problems.size()
                ? tr("%1 rows, %2 problems (the first %3 are listed). Nothing is imported until "
                     "every row is right.")
                      .arg(locale.toString(check.rows), locale.toString(check.problemCount))
                      .arg(check.problems.size())
                : tr("%1 rows, %2 problems. Nothing is imported until every row is right.")
                      .arg(locale.toString(check.rows), locale.toString(check.problemCount)));
    }
    m_problems->setRowCount(int(check.problems.size()));
    for (int row = 0; row < check.problems.size(); ++row) {
        const Core::ImportProblem &problem = check.problems.at(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(locale.toString(problem.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.value));
        m_problems->setItem(row, 3, new QTableWidgetItem(problem.reason));
    }
    m_problems->resizeColumnsToContents();
}

void ImportDialog::startImport()
{
    if (!m_check || !m_check->isClean())
        return;
    const Core::ColumnMapping columns = mapping();
    //: 正在导入…
    runInBackground(tr("Importing…"), [this, columns] {
        auto imported = m_apply(columns, progressReporter(), &m_cancel);
        QMetaObject::invokeMethod(this, [this, imported = std::move(imported)] {
            finishWork();
            if (!imported) {
                m_error->showError(imported.error().message, imported.error().detail);
                Q_EMIT importFinished(false);
                return;
            }
            m_imported = *imported;
            Q_EMIT importFinished(true);
            accept();
        });
    });
}

void ImportDialog::reject()
{
    if (m_worker.joinable()) {
        m_cancel = true; // the worker stops at its next row; its result closes nothing
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateButtons()
{
    const bool busy = m_worker.joinable();
    const bool readable = m_preview->columnCount() > 0;
    m_checkButton->setEnabled(!busy && readable);
    m_importButton->setEnabled(!busy && m_check && m_check->isClean() && m_check->rows > 0);
    for (QComboBox *combo : std::as_const(m_columns))
        combo->setEnabled(!busy && readable);
}

} // namespace GovDesk::Ui
