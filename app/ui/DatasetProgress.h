// DatasetProgress: on a module's datasets tab, the dataset its DatasetApplier is importing (title,
// percentage, 取消) and 重试 for a dataset whose import the user cancelled.
#pragma once

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace GovDesk::Core {
class DatasetApplier;
}

namespace GovDesk::Ui {

class ProgressPanel;

class DatasetProgress : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetProgress(Core::DatasetApplier *applier, QWidget *parent = nullptr);

    // The dataset selected in the page's table (empty: none): 重试 is offered when it was cancelled.
    void setSelected(const QString &recordId);
    [[nodiscard]] QString importing() const { return m_importing; }

private:
    void showProgress(const QString &recordId, int percent);
    void updateRetry();

    QPointer<Core::DatasetApplier> m_applier;
    ProgressPanel *m_panel;
    QPushButton *m_retry;
    QString m_importing;
    QString m_title;
    QString m_selected;
};

} // namespace GovDesk::Ui
