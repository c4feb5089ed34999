// ConflictDialog: the records whose local change met a newer server version; the user keeps one
// side per record.
#pragma once

#include "sync/SyncTypes.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace GovDesk::Core {
class RecordStore;
}

namespace GovDesk::Shell {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    using ModuleName = std::function<QString(const QString &moduleId)>;
    // The owning module's label of a payload field ("标题" for "title"); empty = show the key.
    using FieldLabel = std::function<QString(const QString &collection, const QString &field)>;

    ConflictDialog(Core::RecordStore &records, ModuleName moduleName, FieldLabel fieldLabel = {},
                   QWidget *parent = nullptr);

    // Re-reads the open conflicts (after a sync found more).
    void reload();
    [[nodiscard]] int conflictCount() const { return int(m_conflicts.size()); }

    // "title", "标题" or "name" of the payload, else the record id: what a person recognises.
    [[nodiscard]] static QString recordTitle(const QJsonObject &payload, const QString &recordId);
    // One "field: value" line per field, a • before each field that differs from `other`, so that
    // a person sees at once what was changed on each side.
    [[nodiscard]] static QString describe(const QJsonObject &payload, bool deleted, const QJsonObject &other,
                                          const std::function<QString(const QString &field)> &label = {});

Q_SIGNALS:
    // A choice was recorded; keeping the local version needs a sync to reach the server.
    void resolved(bool needsSync);

private:
    void showCurrent();
    void resolveCurrent(bool keepLocal);

    Core::RecordStore &m_records;
    ModuleName m_moduleName;
    FieldLabel m_fieldLabel;
    QList<Core::SyncConflict> m_conflicts;
    QListWidget *m_list;
    QPlainTextEdit *m_local;
    QPlainTextEdit *m_server;
    QLabel *m_summary;
    QPushButton *m_keepLocal;
    QPushButton *m_takeServer;
};

} // namespace GovDesk::Shell
