#include "HolidayCalendarDialog.h"

#include "module/ModuleContext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GovDesk::Disclosure {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    widget->verticalHeader()->hide();
    return widget;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Buttons to add and remove rows under `table`.
QWidget *rowButtons(QTableWidget *table, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    //: Button: 增加一行
    auto *add = new QPushButton(HolidayCalendarDialog::tr("Add row"), box);
    //: Button: 删除所选行
    auto *remove = new QPushButton(HolidayCalendarDialog::tr("Remove row"), box);
    QObject::connect(add, &QPushButton::clicked, table, [table] { table->insertRow(table->rowCount()); });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addStretch();
    return box;
}

} // namespace

HolidayCalendarDialog::HolidayCalendarDialog(Core::ModuleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    //: Dialog title: 节假日安排
    setWindowTitle(tr("Holiday calendar"));
    if (auto shipped = HolidayCalendar::shipped())
        for (const HolidayYear &year : shipped->allYears())
            m_shipped.insert(year.year, year);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    if (auto own = OrganisationCalendar::overrides(context)) {
        for (const HolidayYear &year : std::as_const(*own))
            m_organisation.insert(year.year, year);
    } else {
        m_error->setText(own.error().message);
    }

    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_years = new QListWidget(this);
    m_years->setMaximumWidth(220);
    left->addWidget(m_years, 1);
    //: Button: 新增年度
    auto *add = new QPushButton(tr("Add year…"), this);
    //: Button: 撤销本机关的安排 (back to the shipped notice, or the added year removed)
    auto *restore = new QPushButton(tr("Undo the organisation's version"), this);
    left->addWidget(add);
    left->addWidget(restore);
    body->addLayout(left);

    auto *right = new QVBoxLayout;
    auto *notice = new QFormLayout;
    m_title = new QLineEdit(this);
    m_number = new QLineEdit(this);
    m_published = new QDateEdit(this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_source = new QLineEdit(this);
    //: 通知标题, e.g. 国务院办公厅关于2027年部分节假日安排的通知
    notice->addRow(tr("Notice"), m_title);
    //: 文号, e.g. 国办发明电〔2026〕7号
    notice->addRow(tr("Document number"), m_number);
    //: 发布日期
    notice->addRow(tr("Published on"), m_published);
    //: 网址 (www.gov.cn)
    notice->addRow(tr("Address"), m_source);
    right->addLayout(notice);
    //: Heading: 放假安排（含调休的周末）
    right->addWidget(new QLabel(tr("Days off (weekends within them included)"), this));
    m_holidays = table({//: Column: 节日
                        tr("Holiday"),
                        //: Column: 起
                        tr("From"),
                        //: Column: 止
                        tr("To")},
                       this);
    right->addWidget(m_holidays, 2);
    right->addWidget(rowButtons(m_holidays, this));
    //: Heading: 调休上班的周末
    right->addWidget(new QLabel(tr("Weekend days worked in exchange"), this));
    m_workdays = table({//: Column: 日期
                        tr("Date"),
                        //: Column: 对应节日
                        tr("For holiday")},
                       this);
    right->addWidget(m_workdays, 1);
    right->addWidget(rowButtons(m_workdays, this));
    body->addLayout(right, 1);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int next = (m_organisation.isEmpty() ? 0 : m_organisation.lastKey()) > m_shipped.lastKey()
                             ? m_organisation.lastKey() + 1
                             : (m_shipped.isEmpty() ? QDate::currentDate().year() : m_shipped.lastKey() + 1);
        //: Asks for the year whose notice is entered: 年度
        const int year = QInputDialog::getInt(this, windowTitle(), tr("Year:"), next, 2000, 2100, 1, &ok);
        if (ok)
            addYear(year);
    });
    connect(restore, &QPushButton::clicked, this, &HolidayCalendarDialog::dropOrganisationYear);
    connect(m_years, &QListWidget::currentRowChanged, this, [this](int row) {
        const int target = row < 0 ? 0 : m_years->item(row)->data(Qt::UserRole).toInt();
        if (target == 0 || target == m_shown)
            return;
        if (auto kept = keepForm(); !kept) {
            // The year stays shown, as entered, until its dates read.
            m_error->setText(kept.error().message);
            const QSignalBlocker quiet(m_years);
            for (int other = 0; other < m_years->count(); ++other)
                if (m_years->item(other)->data(Qt::UserRole).toInt() == m_shown)
                    m_years->setCurrentRow(other);
            return;
        }
        m_error->clear();
        m_shown = target;
        fillYears();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto saved = save(); !saved)
            m_error->setText(saved.error().message);
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillYears();
    resize(900, 620);
}

HolidayYear HolidayCalendarDialog::yearOf(int year) const
{
    return m_organisation.contains(year) ? m_organisation.value(year) : m_shipped.value(year);
}

void HolidayCalendarDialog::fillYears()
{
    const QSignalBlocker quiet(m_years);
    m_years->clear();
    QList<int> years = m_shipped.keys() + m_organisation.keys();
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (int year : std::as_const(years)) {
        const QString origin = m_organisation.contains(year)
                                   //: A year set by the organisation: 本机关
                                   ? tr("organisation")
                                   //: A year as shipped with GovDesk: 随软件提供
                                   : tr("shipped");
        auto *item = new QListWidgetItem(QStringLiteral("%1（%2）").arg(year).arg(origin), m_years);
        item->setData(Qt::UserRole, year);
    }
    if (m_shown == 0 && !years.isEmpty())
        m_shown = years.constLast();
    for (int row = 0; row < m_years->count(); ++row)
        if (m_years->item(row)->data(Qt::UserRole).toInt() == m_shown)
            m_years->setCurrentRow(row);
    showYear(m_shown);
}

void HolidayCalendarDialog::showYear(int year)
{
    m_shown = year;
    const HolidayYear shown = yearOf(year);
    m_title->setText(shown.notice.title);
    m_number->setText(shown.notice.number);
    m_published->setDate(shown.notice.published.isValid() ? shown.notice.published : QDate::currentDate());
    m_source->setText(shown.notice.source);
    m_holidays->setRowCount(int(shown.holidays.size()));
    for (int row = 0; row < shown.holidays.size(); ++row) {
        const HolidayRange &range = shown.holidays.at(row);
        setRow(m_holidays, row, {range.name, range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)});
    }
    m_workdays->setRowCount(int(shown.workdays.size()));
    for (int row = 0; row < shown.workdays.size(); ++row) {
        const MakeupWorkday &day = shown.workdays.at(row);
        setRow(m_workdays, row, {day.date.toString(Qt::ISODate), day.holiday});
    }
}

void HolidayCalendarDialog::selectYear(int year)
{
    for (int row = 0; row < m_years->count(); ++row)
        if (m_years->item(row)->data(Qt::UserRole).toInt() == year)
            m_years->setCurrentRow(row);
}

Core::Result<HolidayYear> HolidayCalendarDialog::formYear() const
{
    HolidayYear year;
    year.year = m_shown;
    year.notice = {.title = m_title->text().trimmed(),
                   .number = m_number->text().trimmed(),
                   .published = m_published->date(),
                   .source = m_source->text().trimmed()};
    const auto date = [this](const QTableWidget *table, int row, int column) -> Core::Result<QDate> {
        const QDate day = QDate::fromString(cell(table, row, column), Qt::ISODate);
        if (!day.isValid())
            //: %1年 第 %2 行「%3」列的日期须写作 2027-01-01。
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              tr("%1, row %2, %3: write the date as 2027-01-01.")
                                  .arg(m_shown)
                                  .arg(row + 1)
                                  .arg(table->horizontalHeaderItem(column)->text()));
        return day;
    };
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        if (cell(m_holidays, row, 0).isEmpty() && cell(m_holidays, row, 1).isEmpty())
            continue; // a row added and left empty
        auto from = date(m_holidays, row, 1);
        auto to = date(m_holidays, row, 2);
        if (!from)
            return std::unexpected(from.error());
        if (!to)
            return std::unexpected(to.error());
        year.holidays.append({cell(m_holidays, row, 0), *from, *to});
    }
    for (int row = 0; row < m_workdays->rowCount(); ++row) {
        if (cell(m_workdays, row, 0).isEmpty())
            continue;
        auto day = date(m_workdays, row, 0);
        if (!day)
            return std::unexpected(day.error());
        year.workdays.append({*day, cell(m_workdays, row, 1)});
    }
    return year;
}

Core::Result<> HolidayCalendarDialog::keepForm()
{
    if (m_shown == 0)
        return {};
    auto year = formYear();
    if (!year)
        return std::unexpected(year.error());
    // A year becomes the organisation's only when it differs from what was shown.
    const QByteArray before = HolidaySchedule::toJson({yearOf(m_shown)});
    if (HolidaySchedule::toJson({*year}) != before) {
        m_organisation.insert(m_shown, *year);
        const QSignalBlocker quiet(m_years);
        fillYears();
    }
    return {};
}

void HolidayCalendarDialog::addYear(int year)
{
    if (auto kept = keepForm(); !kept) {
        m_error->setText(kept.error().message);
        return;
    }
    if (!m_organisation.contains(year)) {
        HolidayYear added = m_shipped.value(year);
        added.year = year;
        if (added.notice.title.isEmpty())
            added.notice.title = QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(year);
        m_organisation.insert(year, added);
    }
    m_shown = year;
    fillYears();
}

void HolidayCalendarDialog::dropOrganisationYear()
{
    m_organisation.remove(m_shown);
    if (!m_shipped.contains(m_shown)) // an added year: gone, its deadlines provisional again
        m_shown = m_shipped.isEmpty() ? (m_organisation.isEmpty() ? 0 : m_organisation.lastKey()) : m_shipped.lastKey();
    fillYears();
}

Core::Result<> HolidayCalendarDialog::save()
{
    GD_TRY(keepForm());
    GD_TRY(OrganisationCalendar::save(m_context, m_organisation.values()));
    m_error->clear();
    return {};
}

} // namespace GovDesk::Disclosure
