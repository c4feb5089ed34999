// ChartImage: a chart exported as the PNG its engine draws (ECharts getDataURL through the
// bridge: twice the pixels, white behind) rather than a grab of the widget at screen resolution —
// the image a duty officer pastes into a report. Shared by the modules' pages.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QObject;

namespace GovDesk::Ui {

class LazyChart;

class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Ui::ChartImage)
public:
    static constexpr int DefaultTimeoutMs = 15000;

    // The PNG, or empty and why not.
    using ImageDone = std::function<void(const QByteArray &png, const QString &error)>;
    using SaveDone = std::function<void(bool succeeded, const QString &error)>;
    // The charts' PNGs in the charts' order, empty for one that gave none.
    using ImagesDone = std::function<void(const QList<QByteArray> &pngs)>;

    // Asks `chart` for its image. `done` is called exactly once — at once when the chart was never
    // shown (it has no engine yet), else with the image or, after `timeoutMs` without one, an
    // error — and never once `receiver` is gone.
    static void request(LazyChart *chart, QObject *receiver, ImageDone done,
                        int timeoutMs = DefaultTimeoutMs);
    // request() of each chart at once (a PDF of a dashboard): `done` is called exactly once, when
    // every chart answered, and never once `receiver` is gone.
    static void requestAll(const QList<LazyChart *> &charts, QObject *receiver, ImagesDone done,
                           int timeoutMs = DefaultTimeoutMs);
    // request(), then the PNG written to `path` (atomically: a failure leaves no half file).
    static void save(LazyChart *chart, const QString &path, QObject *receiver, SaveDone done,
                     int timeoutMs = DefaultTimeoutMs);
    [[nodiscard]] static bool writePng(const QString &path, const QByteArray &png, QString *error);
};

} // namespace GovDesk::Ui
