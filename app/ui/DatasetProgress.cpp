#include "DatasetProgress.h"

#include "ProgressPanel.h"
#include "import/DatasetApplier.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace GovDesk::Ui {

DatasetProgress::DatasetProgress(Core::DatasetApplier *applier, QWidget *parent)
    : QWidget(parent)
    , m_applier(applier)
    , m_panel(new ProgressPanel(this))
    //: Import a dataset again after it was cancelled: 重新导入
    , m_retry(new QPushButton(tr("Import again"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_retry);
    m_retry->setVisible(false);
    m_panel->finish();
    if (applier == nullptr)
        return;
    connect(applier, &Core::DatasetApplier::progressChanged, this, &DatasetProgress::showProgress);
    connect(applier, &Core::DatasetApplier::datasetChanged, this, &DatasetProgress::updateRetry);
    connect(m_panel, &ProgressPanel::cancelRequested, this, [this] {
        if (m_applier)
            m_applier->cancel(m_importing);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->retry(m_selected);
    });
    if (!applier->importing().isEmpty())
        showProgress(applier->importing(), applier->percent());
}

void DatasetProgress::showProgress(const QString &recordId, int percent)
{
    if (recordId.isEmpty()) {
        m_importing.clear();
        m_panel->finish();
        updateRetry();
        return;
    }
    if (recordId != m_importing && m_applier) {
        m_importing = recordId;
        m_title = recordId;
        if (auto status = m_applier->store().status(recordId); status && *status)
            m_title = (*status)->title.isEmpty() ? (*status)->fileName : (*status)->title;
        //: 正在导入数据集「%1」
        m_panel->start(tr("Importing the dataset “%1”…").arg(m_title), 100);
    }
    //: 正在导入数据集「%1」：%2%
    m_panel->setProgress(percent, tr("Importing the dataset “%1”: %2 %").arg(m_title).arg(percent));
    updateRetry();
}

void DatasetProgress::setSelected(const QString &recordId)
{
    m_selected = recordId;
    updateRetry();
}

void DatasetProgress::updateRetry()
{
    bool cancelled = false;
    if (m_applier && !m_selected.isEmpty() && m_selected != m_importing) {
        auto status = m_applier->store().status(m_selected);
        cancelled = status && *status && (*status)->state == Core::DatasetState::Cancelled;
    }
    m_retry->setVisible(cancelled);
}

} // namespace GovDesk::Ui
