// ReportTab: the 年度报告 as the officer prepares it — the year's tables computed from the records
// and shown as they will print, with the reconciliation (every request counted once) stated; section
// 四's outcomes and the text sections entered by hand; saved as a draft, published by a 领导 to the
// portal, exported as a PDF in the official table layout.
#pragma once

#include "AnnualReport.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

class ReportTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReportTab(Core::ModuleContext &context, QWidget *parent = nullptr);

    // Shows the year: what was saved for it (entered values), the figures computed afresh.
    void setYear(int year);
    [[nodiscard]] int year() const;
    // The report as it stands on screen (entered values and current records), as a draft payload.
    [[nodiscard]] Core::Result<QJsonObject> composed() const;
    // What the buttons do: the outcome is also shown beside the year.
    Core::Result<QString> saveDraft();
    Core::Result<QString> publish();
    // The report as on screen, as a PDF at `path`, on a worker thread; the page count.
    [[nodiscard]] QFuture<Core::Result<int>> writePdf(const QString &path) const;

private:
    [[nodiscard]] Core::Result<AnnualReportInput> input() const;
    [[nodiscard]] ReviewLitigation entered() const;
    void refresh();
    void showState();
    // Shows the saved state, or the refusal in red.
    void act(const Core::Result<QString> &done);
    void exportPdf();

    Core::ModuleContext &m_context;
    QSpinBox *m_year = nullptr;
    std::array<std::array<QSpinBox *, 4>, 3> m_outcomes{}; // 复议, 直接起诉, 复议后起诉 × 维持, 纠正, 其他, 未审结
    QPlainTextEdit *m_overview = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QPlainTextEdit *m_other = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_reconciliation = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_publish = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace GovDesk::Disclosure
