// ImportDialog: bringing a CSV or JSON file into a module as a person expects — the first rows
// as they read (encoding named), a column chosen for each field (suggested from the headers),
// a check that lists every bad row before anything is written, then the import itself, all or
// nothing. Reading and writing run off the UI thread with progress and Cancel; the module's
// `Apply` does the writing (in one transaction, on its own connection) and is told when to stop.
#pragma once

#include "import/TableImport.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <thread>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace GovDesk::Ui {

class ErrorBanner;
class ProgressPanel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs on a worker thread: writes the file's rows (TableImport::apply) and returns how many.
    using Apply = std::function<Core::Result<qint64>(const Core::ColumnMapping &mapping,
                                                     const Core::TableImport::Progress &progress,
                                                     const std::atomic_bool *cancel)>;

    ImportDialog(const QString &path, Core::ImportSchema schema, Apply apply, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What the buttons do, for tests: start the check / the import (asynchronous).
    void startCheck();
    void startImport();
    [[nodiscard]] bool isBusy() const { return m_worker.joinable(); }
    [[nodiscard]] Core::ColumnMapping mapping() const;
    void setMapping(const QString &fieldKey, int column);
    [[nodiscard]] std::optional<Core::ImportCheck> lastCheck() const { return m_check; }
    [[nodiscard]] qint64 importedRows() const { return m_imported; }
    // Close: while work runs, cancels it instead (the dialog stays until the worker stopped).
    void reject() override;

Q_SIGNALS:
    void checkFinished();
    void importFinished(bool succeeded);

private:
    void loadPreview();
    void showProblems(const Core::ImportCheck &check);
    // Called on the worker thread; shows the progress on the dialog's.
    [[nodiscard]] Core::TableImport::Progress progressReporter();
    void runInBackground(const QString &what, std::function<void()> work);
    void finishWork();
    void updateButtons();

    Core::TableImport m_import;
    Core::ImportSchema m_schema;
    Apply m_apply;
    ErrorBanner *m_error;
    QLabel *m_source;
    QTableWidget *m_preview;
    QList<QComboBox *> m_columns; // one per schema field
    QLabel *m_summary;
    QTableWidget *m_problems;
    ProgressPanel *m_progress;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
    std::optional<Core::ImportCheck> m_check;
    qint64 m_imported = 0;
    std::thread m_worker;
    std::atomic_bool m_cancel = false;
};

} // namespace GovDesk::Ui
