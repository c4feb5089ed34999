// CourtsSettingsPage: the 审判 group of the settings dialog — the 口径 this province uses (the 结案率's
// base, the 发回改判率's denominator, the days within which an entry is 及时, the 长期未结 thresholds)
// and each indicator's 达标线 (or none). Every 通报 states the definitions it was computed with, so a
// change shows in the next one.
#pragma once

#include "CaseIndicators.h"

#include <QMap>
#include <QWidget>
#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace GovDesk::Courts {

class CourtsSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CourtsSettingsPage(const IndicatorSettings &settings, QWidget *parent = nullptr);

    // What the controls say; always valid (the thresholds cannot be set out of order).
    [[nodiscard]] IndicatorSettings settings() const;

    enum Tab { DefinitionsTab, ThresholdsTab };
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QComboBox *closingBase() const { return m_closingBase; }
    [[nodiscard]] QComboBox *reversalBase() const { return m_reversalBase; }
    [[nodiscard]] QSpinBox *timelyEntryDays() const { return m_timelyEntryDays; }
    [[nodiscard]] QSpinBox *longPending(int index) const { return m_longPending.at(std::size_t(index)); }
    // At its minimum (「不设」) the indicator has no 达标线.
    [[nodiscard]] QDoubleSpinBox *threshold(Indicator indicator) const
    {
        return m_thresholds.value(indicator);
    }
    [[nodiscard]] QString thresholdLabel(Indicator indicator) const;

private:
    QWidget *createDefinitionsTab(const IndicatorSettings &settings);
    QWidget *createThresholdsTab(const IndicatorSettings &settings);
    // The 长期未结 indicators are named after their months, which the other tab sets.
    void relabelThresholds();

    QTabWidget *m_tabs;
    QComboBox *m_closingBase;
    QComboBox *m_reversalBase;
    QSpinBox *m_timelyEntryDays;
    std::array<QSpinBox *, 3> m_longPending{};
    QMap<Indicator, QDoubleSpinBox *> m_thresholds;
    QMap<Indicator, QLabel *> m_thresholdLabels;
};

} // namespace GovDesk::Courts
