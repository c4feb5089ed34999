#include "BackgroundPageCheck.h"

#include "Logging.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QThread>

namespace GovDesk::Core {

BackgroundPageCheck::BackgroundPageCheck(std::unique_ptr<Database> connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_sound(std::make_shared<bool>(false))
{
    Database *db = m_connection.get();
    m_thread = QThread::create([db, sound = m_sound] {
        QElapsedTimer timer;
        timer.start();
        auto problems = db->integrityCheck(Database::CheckDepth::Quick);
        *sound = problems && problems->isEmpty();
        if (!problems)
            qCInfo(lcSession) << "page check stopped:" << problems.error().detail;
        else
            qCInfo(lcSession) << "page check:" << problems->size() << "problem(s) in" << timer.elapsed()
                              << "ms";
    });
    m_thread->setObjectName(QStringLiteral("page check"));
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(*m_sound); });
    m_thread->start(QThread::IdlePriority);
}

BackgroundPageCheck::~BackgroundPageCheck()
{
    disconnect(m_thread, nullptr, this, nullptr);
    m_connection->interrupt();
    m_thread->wait();
    delete m_thread;
}

} // namespace GovDesk::Core
