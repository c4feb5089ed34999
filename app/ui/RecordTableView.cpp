#include "RecordTableView.h"

#include "ClearButton.h"
#include "CsvWriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace GovDesk::Ui {

RecordTableView::RecordTableView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    Ui::offerClearButton(m_filter);
    m_view->setObjectName(QStringLiteral("table"));
    m_count->setObjectName(QStringLiteral("count"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setEnabled(false);

    // Fixed-string matching: document numbers such as 桂政发〔2014〕12号 contain characters that
    // would be regular-expression syntax in other titles (brackets, dots, plus signs).
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Locale-aware so that Chinese text sorts by the user's collation (pinyin under zh_CN).
    m_proxy->setSortLocaleAware(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Start unsorted (source order) until the user clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordTableView::updateCount);
    connect(m_export, &QPushButton::clicked, this, &RecordTableView::exportWithDialog);

    updateCount();
}

void RecordTableView::setModel(QAbstractItemModel *source)
{
    if (QAbstractItemModel *previous = m_proxy->sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    m_proxy->setSourceModel(source);
    // The proxy announces removed rows while the source still counts them, so the total is
    // taken after the source itself reports the change.
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &RecordTableView::updateCount);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &RecordTableView::updateCount);
        connect(source, &QAbstractItemModel::modelReset, this, &RecordTableView::updateCount);
    }
    m_export->setEnabled(source != nullptr);
    updateCount();
}

void RecordTableView::updateCount()
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    const int total = source ? source->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    if (m_proxy->filterRegularExpression().pattern().isEmpty())
        m_count->setText(tr("%n record(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %2 records").arg(shown).arg(total));
}

bool RecordTableView::exportCsv(const QString &path, QString *error) const
{
    // Visible columns in the order the user arranged them by dragging headers.
    const QHeaderView *headerView = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < headerView->count(); ++visual) {
        const int column = headerView->logicalIndex(visual);
        if (column >= 0 && !headerView->isSectionHidden(column))
            columns.append(column);
    }

    QList<QStringList> rows;
    rows.reserve(m_proxy->rowCount() + 1);
    QStringList header;
    for (int column : columns)
        header.append(m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    rows.append(header);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields.append(m_proxy->index(row, column).data(Qt::DisplayRole).toString());
        rows.append(fields);
    }
    return CsvWriter::write(path, rows, error);
}

void RecordTableView::exportWithDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace GovDesk::Ui
