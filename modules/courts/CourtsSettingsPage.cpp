#include "CourtsSettingsPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace GovDesk::Courts {

using ClosingBase = IndicatorSettings::ClosingBase;
using ReversalBase = IndicatorSettings::ReversalBase;

CourtsSettingsPage::CourtsSettingsPage(const IndicatorSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_closingBase(new QComboBox(this))
    , m_reversalBase(new QComboBox(this))
    , m_timelyEntryDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("courtsSettings"));
    m_closingBase->setObjectName(QStringLiteral("courtsClosingBase"));
    m_reversalBase->setObjectName(QStringLiteral("courtsReversalBase"));
    m_timelyEntryDays->setObjectName(QStringLiteral("courtsTimelyEntryDays"));
    //: Tabs: 指标口径 / 达标线
    m_tabs->addTab(createDefinitionsTab(settings), tr("Definitions"));
    m_tabs->addTab(createThresholdsTab(settings), tr("Thresholds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    auto *note = new QLabel(tr("Every bulletin states the definitions and thresholds it was computed with."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
}

QWidget *CourtsSettingsPage::createDefinitionsTab(const IndicatorSettings &settings)
{
    auto *tab = new QWidget;
    //: 结案率 = 结案数 ÷（旧存 + 新收） / 结案数 ÷ 新收
    m_closingBase->addItem(tr("Closed ÷ (pending at the start + filed)"), int(ClosingBase::PendingAndNew));
    m_closingBase->addItem(tr("Closed ÷ filed"), int(ClosingBase::NewOnly));
    m_closingBase->setCurrentIndex(m_closingBase->findData(int(settings.closingBase)));
    //: 发回改判率的分母：一审结案数 / 二审已审结的上诉案件数
    m_reversalBase->addItem(tr("First-instance cases closed"), int(ReversalBase::FirstInstanceClosed));
    m_reversalBase->addItem(tr("Appeals decided by the court above"), int(ReversalBase::AppealsDecided));
    m_reversalBase->setCurrentIndex(m_reversalBase->findData(int(settings.reversalBase)));
    m_timelyEntryDays->setRange(0, 60);
    m_timelyEntryDays->setValue(settings.timelyEntryDays);
    //: Suffix of a number of days: 天
    m_timelyEntryDays->setSuffix(tr(" day(s)"));

    auto *months = new QHBoxLayout;
    for (std::size_t i = 0; i < m_longPending.size(); ++i) {
        auto *spin = new QSpinBox(this);
        spin->setRange(1, 120);
        //: Suffix of a number of months: 个月
        spin->setSuffix(tr(" month(s)"));
        m_longPending[i] = spin;
        months->addWidget(spin);
    }
    // Each threshold above the one before: a case pending 18 months is also pending 12. (Set
    // after the values, which arrive rising, so that none is clamped on the way.)
    for (std::size_t i = 0; i < m_longPending.size(); ++i)
        m_longPending[i]->setValue(settings.longPendingMonths[i]);
    for (std::size_t i = 0; i + 1 < m_longPending.size(); ++i) {
        QSpinBox *earlier = m_longPending[i];
        QSpinBox *later = m_longPending[i + 1];
        later->setMinimum(earlier->value() + 1);
        earlier->setMaximum(later->value() - 1);
        connect(earlier, &QSpinBox::valueChanged, later,
                [later](int value) { later->setMinimum(value + 1); });
        connect(later, &QSpinBox::valueChanged, earlier,
                [earlier](int value) { earlier->setMaximum(value - 1); });
    }
    for (QSpinBox *spin : m_longPending)
        connect(spin, &QSpinBox::valueChanged, this, &CourtsSettingsPage::relabelThresholds);
    months->addStretch(1);

    auto *form = new QFormLayout(tab);
    //: Labels: 结案率口径 发回改判率分母 录入及时 长期未结
    form->addRow(tr("Closing rate:"), m_closingBase);
    form->addRow(tr("Reversal rate's denominator:"), m_reversalBase);
    form->addRow(tr("An entry is timely within:"), m_timelyEntryDays);
    form->addRow(tr("Long pending after:"), months);
    return tab;
}

QWidget *CourtsSettingsPage::createThresholdsTab(const IndicatorSettings &settings)
{
    auto *tab = new QWidget;
    auto *grid = new QGridLayout(tab);
    //: 低于达标线的法院（平均审理天数、长期未结、上诉率、发回改判率为高于）在通报中点名。
    auto *explanation
        = new QLabel(tr("Courts worse than the line (below it, or above it where lower is better) "
                        "are named in the bulletin."),
                     tab);
    explanation->setWordWrap(true);
    const QList<Indicator> indicators = CaseIndicators::all();
    const auto rows = (indicators.size() + 1) / 2; // two columns keep the dialog short
    grid->addWidget(explanation, 0, 0, 1, 4);
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const Indicator indicator = indicators.at(i);
        const IndicatorDefinition definition = CaseIndicators::definition(indicator, settings);
        auto *spin = new QDoubleSpinBox(tab);
        spin->setObjectName(QStringLiteral("courtsThreshold_") + definition.key);
        spin->setDecimals(definition.ranking.decimals == 0 ? 0 : 1);
        spin->setRange(-1, definition.thresholdLimit());
        //: A 达标线 that is not set: 不设
        spin->setSpecialValueText(tr("None"));
        spin->setSuffix(QLatin1Char(' ') + definition.unit);
        spin->setValue(settings.thresholds.value(indicator, -1));
        auto *label = new QLabel(tab);
        label->setBuddy(spin);
        m_thresholds.insert(indicator, spin);
        m_thresholdLabels.insert(indicator, label);
        const int row = 1 + int(i % rows);
        const int column = 2 * int(i / rows);
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
    }
    grid->setRowStretch(int(rows) + 1, 1);
    relabelThresholds();
    return tab;
}

QString CourtsSettingsPage::thresholdLabel(Indicator indicator) const
{
    const QLabel *label = m_thresholdLabels.value(indicator);
    return label ? label->text() : QString();
}

void CourtsSettingsPage::relabelThresholds()
{
    const IndicatorSettings current = settings();
    for (auto it = m_thresholdLabels.cbegin(); it != m_thresholdLabels.cend(); ++it)
        it.value()->setText(CaseIndicators::definition(it.key(), current).name + QStringLiteral("："));
}

IndicatorSettings CourtsSettingsPage::settings() const
{
    IndicatorSettings settings;
    settings.closingBase = ClosingBase(m_closingBase->currentData().toInt());
    settings.reversalBase = ReversalBase(m_reversalBase->currentData().toInt());
    settings.timelyEntryDays = m_timelyEntryDays->value();
    for (std::size_t i = 0; i < m_longPending.size(); ++i)
        settings.longPendingMonths[i] = m_longPending[i]->value();
    settings.thresholds.clear();
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        if (it.value()->value() >= 0)
            settings.thresholds.insert(it.key(), it.value()->value());
    }
    return settings;
}

} // namespace GovDesk::Courts
