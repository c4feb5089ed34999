// WorkbenchPage: the 工作台 page — every module's open to-do items, most pressing first.
#pragma once

#include "WorkbenchModel.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class EmptyState;
class LazyChart;
class Navigator;
class PageHeader;
} // namespace GovDesk::Ui

namespace GovDesk::Workbench {

class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    // The context and navigator outlive the page (the shell owns both).
    WorkbenchPage(Core::ModuleContext &context, Ui::Navigator &navigator,
                  WorkbenchModel::ModuleNames moduleNames = {}, QWidget *parent = nullptr);

    // Reads the open items again, keeping the selected item selected while it is still open.
    void refresh();
    [[nodiscard]] Ui::LazyChart *chart() const { return m_chart; }
    // Selects the item, clearing a filter that hides it. False when it is not open.
    bool showItem(const QString &module, const QString &recordId);

protected:
    // Modules publish items while the page is hidden; showing it again must list them.
    void showEvent(QShowEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void selectSourceRow(int row);
    void fitColumns();
    void updateState();

    Core::ModuleContext &m_context;
    Ui::Navigator &m_navigator;
    WorkbenchModel *m_model;
    WorkbenchFilterModel *m_filter;
    // Created in this order, which is the focus order (see the constructor).
    QStackedWidget *m_stack;
    QTreeView *m_view;
    Ui::EmptyState *m_emptyState;
    Ui::PageHeader *m_header;
    QLineEdit *m_filterEdit;
    QPushButton *m_refreshButton;
    QPushButton *m_chartButton;
    Ui::LazyChart *m_chart; // hidden until asked for: the chart engine loads on first show
    QString m_loadError; // translated; empty after a successful read
};

} // namespace GovDesk::Workbench
