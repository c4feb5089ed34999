#include "DatasetsPanel.h"

#include "DatasetProgress.h"
#include "ListTable.h"

#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GovDesk::Ui {

namespace {

const QColor RejectedColour(0xc0, 0x39, 0x2b); // the red of 未达标 and 超警戒 elsewhere

} // namespace

DatasetsPanel::DatasetsPanel(Core::DatasetApplier *applier, std::function<QString(const QString &)> kindName,
                             QWidget *parent)
    : QWidget(parent)
    , m_kindName(std::move(kindName))
    , m_progress(new DatasetProgress(applier, this))
    //: Column headers of the datasets: 标题 数据表 文件 状态 行数 问题 更新时间
    , m_table(makeListTable(
          {tr("Title"), tr("Table"), tr("File"), tr("Status"), tr("Rows"), tr("Problems"), tr("Updated")},
          this))
{
    m_progress->setObjectName(QStringLiteral("datasetProgress"));
    m_table->setObjectName(QStringLiteral("datasetTable"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem *selected = m_table->item(m_table->currentRow(), 0);
        m_progress->setSelected(selected ? selected->data(Qt::UserRole).toString() : QString());
    });
}

void DatasetsPanel::setStatuses(const QList<Core::DatasetStatus> &statuses)
{
    m_table->setRowCount(0);
    for (const Core::DatasetStatus &status : statuses) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(status.title);
        title->setData(Qt::UserRole, status.recordId);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(m_kindName(status.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(status.fileName));
        auto *state = new QTableWidgetItem(Core::DatasetStatusStore::stateName(status.state));
        if (status.state == Core::DatasetState::Rejected)
            state->setForeground(RejectedColour);
        m_table->setItem(row, 3, state);
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(status.rows)));
        auto *problems = new QTableWidgetItem(status.problems.section(QLatin1Char('\n'), 0, 0));
        problems->setToolTip(status.problems);
        m_table->setItem(row, 5, problems);
        m_table->setItem(
            row, 6,
            new QTableWidgetItem(QLocale().toString(status.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
}

bool DatasetsPanel::select(const QString &recordId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == recordId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace GovDesk::Ui
