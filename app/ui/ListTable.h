// ListTable: the read-only list most pages show (stations, warnings, datasets, ranked courts, cases)
// — whole rows selected one at a time, no row numbers, the last column taking the rest of the width.
#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace GovDesk::Ui {

[[nodiscard]] QTableWidget *makeListTable(const QStringList &headers, QWidget *parent);

} // namespace GovDesk::Ui
