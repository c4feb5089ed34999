// GlobalSearchDialog: the Ctrl+K box that searches every module at once and opens a hit in its module.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <functional>

class QLineEdit;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace GovDesk::Core {
class Session;
}

namespace GovDesk::Ui {
class EmptyState;
}

namespace GovDesk::Shell {

class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DebounceMilliseconds = 150;
    static constexpr int HitLimit = 50;
    // Data of the items in the result tree (column 0); module headings have only the first two.
    enum ItemRole {
        IsHitRole = Qt::UserRole + 1,
        ModuleRole,
        RecordIdRole,
        TitleHtmlRole,
        SnippetHtmlRole,
        UpdatedAtRole,
    };

    // moduleName maps a module id to its display name (e.g. "workbench" → 工作台). Hits of
    // `hiddenModules` (those the account's roles may not open) are never shown, nor counted
    // against the hit limit.
    GlobalSearchDialog(Core::Session &session, std::function<QString(const QString &)> moduleName,
                       QStringList hiddenModules = {}, QWidget *parent = nullptr);

    // Searches at once, without the typing delay: for tests and for reopening with the last query.
    void setQuery(const QString &text);
    [[nodiscard]] QString query() const;

Q_SIGNALS:
    void hitActivated(const QString &moduleId, const QString &recordId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void runSearch();
    void clearResults();
    void showMessage(const QString &title, const QString &hint);
    // Moves the current hit by `step` (±1), skipping the module headings.
    void moveCurrentHit(int step);
    void activateHit(QTreeWidgetItem *item);
    [[nodiscard]] QString displayNameOf(const QString &moduleId) const;

    Core::Session &m_session;
    std::function<QString(const QString &)> m_moduleName;
    QStringList m_hiddenModules;
    QLineEdit *m_edit;
    QStackedWidget *m_pages;
    QTreeWidget *m_results;
    Ui::EmptyState *m_message;
    QTimer *m_debounce;
    QList<QTreeWidgetItem *> m_hitItems; // in display order, for keyboard navigation
};

} // namespace GovDesk::Shell
