// DatasetsPanel: a module's datasets tab — every dataset it received or imported (title, table,
// file, state, rows, the first problem with all of them in its tooltip) and, above, the one its
// DatasetApplier is importing with 取消, or 重试 for the selected one when it was cancelled.
#pragma once

#include "import/DatasetStatus.h"

#include <QWidget>
#include <functional>

class QTableWidget;

namespace GovDesk::Core {
class DatasetApplier;
}

namespace GovDesk::Ui {

class DatasetProgress;

class DatasetsPanel : public QWidget
{
    Q_OBJECT
public:
    // `kindName`: the module's name for a record's kind ("CASES" → 案件).
    DatasetsPanel(Core::DatasetApplier *applier, std::function<QString(const QString &kind)> kindName,
                  QWidget *parent = nullptr);

    void setStatuses(const QList<Core::DatasetStatus> &statuses);
    // Selects the dataset whose record is `recordId`; false when it is not listed.
    bool select(const QString &recordId);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    std::function<QString(const QString &)> m_kindName;
    DatasetProgress *m_progress;
    QTableWidget *m_table;
};

} // namespace GovDesk::Ui
