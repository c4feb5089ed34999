#include "ReportTab.h"

#include "AnnualReportStore.h"
#include "DisclosurePrint.h"
#include "HtmlPdf.h"
#include "DisplayDate.h"
#include "ItemActions.h"
#include "ItemWorkflow.h"
#include "PdfSave.h"
#include "module/ModuleContext.h"

#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace GovDesk::Disclosure {

namespace {

// The report is due by 31 January for the year before (条例 Art. 50): in January that is the year
// to work on; later in the year, the current one as a draft to watch.
int defaultYear(QDate today)
{
    return today.month() == 1 ? today.year() - 1 : today.year();
}

QPlainTextEdit *textEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

ReportTab::ReportTab(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    //: Label of the report's year: 年度
    top->addWidget(new QLabel(tr("Year"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2008, 2100); // the regulation's reports begin with 2008
    m_year->setValue(defaultYear(QDate::currentDate()));
    top->addWidget(m_year);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportState"));
    top->addWidget(m_state, 1);
    //: Button: 保存草稿 (the annual report)
    auto *save = new QPushButton(tr("Save draft"), this);
    //: Button: 发布 (the annual report, to the portal)
    m_publish = new QPushButton(tr("Publish…"), this);
    //: Button: 导出PDF
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    top->addWidget(save);
    top->addWidget(m_publish);
    top->addWidget(pdf);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *entries = new QWidget(split);
    auto *form = new QVBoxLayout(entries);
    form->setContentsMargins(0, 0, 0, 0);
    //: Group: 四、政府信息公开行政复议、行政诉讼情况 (entered by hand)
    auto *cases = new QGroupBox(tr("IV. Administrative reviews and lawsuits"), entries);
    auto *grid = new QGridLayout(cases);
    const QStringList columns{
        //: 结果维持
        tr("Upheld"),
        //: 结果纠正
        tr("Corrected"),
        //: 其他结果
        tr("Other"),
        //: 尚未审结
        tr("Pending"),
    };
    const QStringList rows{
        //: 行政复议
        tr("Administrative review"),
        //: 行政诉讼（未经复议直接起诉）
        tr("Lawsuit, direct"),
        //: 行政诉讼（复议后起诉）
        tr("Lawsuit after review"),
    };
    for (int column = 0; column < columns.size(); ++column)
        grid->addWidget(new QLabel(columns.at(column), cases), 0, column + 1);
    for (int row = 0; row < rows.size(); ++row) {
        grid->addWidget(new QLabel(rows.at(row), cases), row + 1, 0);
        for (int column = 0; column < columns.size(); ++column) {
            auto *count = new QSpinBox(cases);
            count->setObjectName(QStringLiteral("outcome%1%2").arg(row).arg(column));
            count->setRange(0, 99999);
            grid->addWidget(count, row + 1, column + 1);
            m_outcomes[std::size_t(row)][std::size_t(column)] = count;
            connect(count, &QSpinBox::valueChanged, this, [this] { m_refresh->start(); });
        }
    }
    form->addWidget(cases);
    auto *texts = new QFormLayout;
    m_overview = textEdit(QStringLiteral("overview"), entries);
    m_problems = textEdit(QStringLiteral("problems"), entries);
    m_other = textEdit(QStringLiteral("other"), entries);
    //: Text section: 一、总体情况 (empty: a sentence from the figures)
    texts->addRow(tr("I. Overview"), m_overview);
    //: Text section: 五、存在的主要问题及改进情况
    texts->addRow(tr("V. Problems and improvements"), m_problems);
    //: Text section: 六、其他需要报告的事项
    texts->addRow(tr("VI. Other matters"), m_other);
    form->addLayout(texts);
    m_reconciliation = new QLabel(entries);
    m_reconciliation->setObjectName(QStringLiteral("reconciliation"));
    m_reconciliation->setWordWrap(true);
    form->addWidget(m_reconciliation);
    form->addStretch();
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    split->addWidget(entries);
    split->addWidget(m_preview);
    split->setSizes({2000, 3000});
    layout->addWidget(split, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300); // typing in a text section recomputes once it pauses
    connect(m_refresh, &QTimer::timeout, this, &ReportTab::refresh);
    for (QPlainTextEdit *edit : {m_overview, m_problems, m_other})
        connect(edit, &QPlainTextEdit::textChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_year, &QSpinBox::valueChanged, this, &ReportTab::setYear);
    connect(save, &QPushButton::clicked, this, &ReportTab::saveDraft);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        //: Confirmation: 将%1年度报告发布到政府信息公开网站？同步后公众即可查看。
        const QString question = tr("Publish the %1 annual report on the public portal? It is visible to"
                                    " everyone after the next sync.")
                                     .arg(year());
        if (QMessageBox::question(this, m_publish->text(), question) == QMessageBox::Yes)
            publish();
    });
    connect(pdf, &QPushButton::clicked, this, &ReportTab::exportPdf);
    connect(&m_context, &Core::ModuleContext::projected, this, [this] { m_refresh->start(); });
    connect(&m_context, &Core::ModuleContext::accountChanged, this, &ReportTab::showState);
    setYear(m_year->value());
}

int ReportTab::year() const
{
    return m_year->value();
}

void ReportTab::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    if (!m_context.isSessionOpen())
        return;
    auto saved = AnnualReportStore::find(m_context, year);
    const SavedReport report = saved && *saved ? **saved : SavedReport();
    const std::array<const ReviewOutcomes *, 3> outcomes{&report.reviewLitigation.review,
                                                         &report.reviewLitigation.litigationDirect,
                                                         &report.reviewLitigation.litigationAfterReview};
    for (std::size_t row = 0; row < outcomes.size(); ++row) {
        const std::array<int, 4> values{outcomes[row]->upheld, outcomes[row]->corrected, outcomes[row]->other,
                                        outcomes[row]->pending};
        for (std::size_t column = 0; column < values.size(); ++column) {
            const QSignalBlocker quiet(m_outcomes[row][column]);
            m_outcomes[row][column]->setValue(values[column]);
        }
    }
    for (auto [edit, text] : {std::pair{m_overview, report.texts.overview}, std::pair{m_problems, report.texts.problems},
                              std::pair{m_other, report.texts.other}}) {
        const QSignalBlocker quiet(edit);
        edit->setPlainText(text);
    }
    refresh();
}

ReviewLitigation ReportTab::entered() const
{
    const auto row = [this](std::size_t index) {
        const auto &spins = m_outcomes[index];
        return ReviewOutcomes{.upheld = spins[0]->value(),
                              .corrected = spins[1]->value(),
                              .other = spins[2]->value(),
                              .pending = spins[3]->value()};
    };
    return {.review = row(0), .litigationDirect = row(1), .litigationAfterReview = row(2)};
}

Core::Result<AnnualReportInput> ReportTab::input() const
{
    return AnnualReportStore::input(
        m_context, year(), entered(),
        {.overview = m_overview->toPlainText().trimmed(),
         .problems = m_problems->toPlainText().trimmed(),
         .other = m_other->toPlainText().trimmed()});
}

Core::Result<QJsonObject> ReportTab::composed() const
{
    auto in = input();
    if (!in)
        return std::unexpected(in.error());
    return AnnualReportStore::compose(*in);
}

void ReportTab::refresh()
{
    if (!m_context.isSessionOpen())
        return;
    auto in = input();
    auto payload = in ? AnnualReportStore::compose(*in) : Core::Result<QJsonObject>(std::unexpected(in.error()));
    if (!payload) {
        m_preview->clear();
        m_reconciliation->setText(payload.error().message);
        return;
    }
    m_preview->setHtml(DisclosurePrint::reportHtml(*payload));
    const Reconciliation check = AnnualReport::reconcile(AnnualReport::requestFigures(in->year, in->requests));
    m_reconciliation->setStyleSheet(check.balanced ? QString() : QStringLiteral("color: #b00020"));
    m_reconciliation->setText(
        check.balanced
            //: 核对一致：本年新收 %1 件，上年结转 %2 件，办结 %3 件，结转下年度 %4 件，每件申请只计一次。
            ? tr("Figures reconcile: %1 received, %2 carried over, %3 answered, %4 carried into next year;"
                 " every request counted once.")
                  .arg(check.received)
                  .arg(check.carriedIn)
                  .arg(check.results)
                  .arg(check.carriedOut)
            //: 核对不一致：%1
            : tr("Figures do not reconcile: %1").arg(check.problems.join(QStringLiteral("；"))));
    showState();
}

void ReportTab::showState()
{
    m_publish->setEnabled(ItemActions::actorOf(m_context).holdsAnyOf({QString::fromLatin1(LeaderRole)}));
    auto saved = AnnualReportStore::find(m_context, year());
    if (!saved || !*saved) {
        //: The year's report has not been saved: 未保存
        m_state->setText(tr("Not saved"));
        return;
    }
    const SavedReport &report = **saved;
    if (report.isPublished())
        //: 已发布（2027年1月20日）
        m_state->setText(tr("Published (%1)")
                             .arg(displayDate(QDate::fromString(
                                 report.payload.value(QStringLiteral("publishedOn")).toString(), Qt::ISODate))));
    else
        //: 草稿
        m_state->setText(tr("Draft"));
}

Core::Result<QString> ReportTab::saveDraft()
{
    auto in = input();
    auto saved = in ? AnnualReportStore::saveDraft(m_context, *in) : Core::Result<QString>(std::unexpected(in.error()));
    act(saved);
    return saved;
}

Core::Result<QString> ReportTab::publish()
{
    auto in = input();
    auto published = in ? AnnualReportStore::publish(m_context, *in, QDate::currentDate())
                        : Core::Result<QString>(std::unexpected(in.error()));
    act(published);
    return published;
}

void ReportTab::act(const Core::Result<QString> &done)
{
    showState();
    if (!done) {
        m_state->setText(done.error().message);
        m_state->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        m_state->setStyleSheet(QString());
    }
}

QFuture<Core::Result<int>> ReportTab::writePdf(const QString &path) const
{
    auto payload = composed();
    if (!payload)
        return QtFuture::makeReadyFuture(Core::Result<int>(std::unexpected(payload.error())));
    return Print::HtmlPdf::writeAsync(DisclosurePrint::reportHtml(*payload), path);
}

void ReportTab::exportPdf()
{
    //: 正在导出年度报告…
    const QString exporting = tr("Exporting…");
    savePdfAs(
        this,
        //: Save dialog title
        tr("Export the annual report"),
        //: Default file name of the annual report PDF
        tr("Annual report %1.pdf").arg(year()),
        [this, exporting](const QString &path) {
            m_state->setText(exporting);
            return writePdf(path);
        },
        [this](const QString &path, const Core::Result<int> &pages) {
            act(pages ? Core::Result<QString>(path) : Core::Result<QString>(std::unexpected(pages.error())));
            if (pages)
                //: 年度报告已导出：%1（共 %2 页）
                m_state->setText(tr("Exported: %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(*pages));
        });
}

} // namespace GovDesk::Disclosure
