#include "CourtsSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace GovDesk::Courts {

using ClosingBase = IndicatorSettings::ClosingBase;
using ReversalBase = IndicatorSettings::ReversalBase;

CourtsSettingsPage::CourtsSettingsPage(const IndicatorSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_closingBase(new QComboBox(this))
    , m_reversalBase(new QComboBox(this))
    , m_timelyEntryDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("courtsSettings"));
    m_closingBase->setObjectName(QStringLiteral("courtsClosingBase"));
    m_reversalBase->setObjectName(QStringLiteral("courtsReversalBase"));
    m_timelyEntryDays->setObjectName(QStringLiteral("courtsTimelyEntryDays"));
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
    months->addStretch(1);

    auto *form = new QFormLayout(this);
    //: Labels: 结案率口径 发回改判率分母 录入及时 长期未结
    form->addRow(tr("Closing rate:"), m_closingBase);
    form->addRow(tr("Reversal rate's denominator:"), m_reversalBase);
    form->addRow(tr("An entry is timely within:"), m_timelyEntryDays);
    form->addRow(tr("Long pending after:"), months);
    auto *note = new QLabel(tr("Every bulletin states the definitions it was computed with."), this);
    note->setWordWrap(true);
    form->addRow(note);
}

IndicatorSettings CourtsSettingsPage::settings() const
{
    IndicatorSettings settings;
    settings.closingBase = ClosingBase(m_closingBase->currentData().toInt());
    settings.reversalBase = ReversalBase(m_reversalBase->currentData().toInt());
    settings.timelyEntryDays = m_timelyEntryDays->value();
    for (std::size_t i = 0; i < m_longPending.size(); ++i)
        settings.longPendingMonths[i] = m_longPending[i]->value();
    return settings;
}

} // namespace GovDesk::Courts
