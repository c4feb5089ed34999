// RecordTableView: a filterable, sortable table of records with a row count and CSV export.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace GovDesk::Ui {

class RecordTableView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // The source model is not owned; the caller keeps it alive as long as the view uses it.
    void setModel(QAbstractItemModel *source);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Writes what the user sees (filtered, sorted, visible columns, header row) as CSV.
    [[nodiscard]] bool exportCsv(const QString &path, QString *error) const;

private:
    void updateCount();
    void exportWithDialog();

    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_count;
    QPushButton *m_export;
};

} // namespace GovDesk::Ui
