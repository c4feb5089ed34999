#include "ChartImage.h"

#include "LazyChart.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <memory>
#include <utility>

namespace GovDesk::Ui {

void ChartImage::request(LazyChart *chart, QObject *receiver, ImageDone done, int timeoutMs)
{
    if (!chart || !chart->requestImage()) {
        //: 图表尚未显示，无法导出
        done({}, tr("The chart has not been shown yet, so it cannot be exported."));
        return;
    }
    // One answer, the image or the timeout, whichever comes first; the helper object takes the
    // connections with it when it goes (after the answer, or with the receiver).
    auto *pending = new QObject(receiver);
    auto answered = std::make_shared<bool>(false);
    auto answer = [pending, answered, done = std::move(done)](const QByteArray &png, const QString &error) {
        if (std::exchange(*answered, true))
            return;
        pending->deleteLater();
        done(png, error);
    };
    QObject::connect(chart, &LazyChart::imageReady, pending,
                     [answer](const QByteArray &png) { answer(png, {}); });
    QTimer::singleShot(timeoutMs, pending, [answer] {
        //: 图表没有送来图片
        answer({}, tr("The chart did not send its image."));
    });
}

void ChartImage::requestAll(const QList<LazyChart *> &charts, QObject *receiver, ImagesDone done,
                            int timeoutMs)
{
    if (charts.isEmpty()) {
        done({});
        return;
    }
    auto images = std::make_shared<QList<QByteArray>>(charts.size());
    auto waiting = std::make_shared<qsizetype>(charts.size());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        request(
            charts.at(i), receiver,
            [images, waiting, i, done](const QByteArray &png, const QString &) {
                (*images)[i] = png;
                if (--*waiting == 0)
                    done(*images);
            },
            timeoutMs);
    }
}

void ChartImage::save(LazyChart *chart, const QString &path, QObject *receiver, SaveDone done, int timeoutMs)
{
    request(
        chart, receiver,
        [path, done = std::move(done)](const QByteArray &png, const QString &error) {
            if (png.isEmpty()) {
                done(false, error);
                return;
            }
            QString written;
            done(writePng(path, png, &written), written);
        },
        timeoutMs);
}

bool ChartImage::writePng(const QString &path, const QByteArray &png, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        //: 无法保存 %1：%2
        *error = tr("%1 cannot be saved: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace GovDesk::Ui
