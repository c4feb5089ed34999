// Background: long work (a 通报 over 50,000 cases, a PDF with its fonts) on a thread of its own,
// its result handed back on the UI thread — the shape every page uses so that none blocks its UI.
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace GovDesk::Core {

// Runs `work` on a new thread, then calls `done` with its result on the application's thread —
// unless `receiver` is gone by then (the work still runs to its end; it must not touch
// `receiver`). Quitting the application while it runs waits for it rather than destroying a
// running thread.
template<typename T>
void runInBackground(const QString &threadName, std::function<T()> work, QObject *receiver,
                     std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *worker = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    worker->setObjectName(threadName);
    QObject::connect(
        QCoreApplication::instance(), &QCoreApplication::aboutToQuit, worker, [worker] { worker->wait(); },
        Qt::DirectConnection);
    QPointer<QObject> guard(receiver);
    QObject::connect(worker, &QThread::finished, QCoreApplication::instance(),
                     [worker, result, guard, done = std::move(done)] {
                         worker->deleteLater();
                         if (guard && result->has_value())
                             done(std::move(**result));
                     });
    worker->start(QThread::LowPriority);
}

} // namespace GovDesk::Core
