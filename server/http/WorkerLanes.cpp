#include "WorkerLanes.h"

#include <boost/asio/post.hpp>

namespace GovDesk::Server {

WorkerLanes::WorkerLanes(int apiThreads)
    : m_api(static_cast<std::size_t>(qMax(1, apiThreads)))
{
}

WorkerLanes::~WorkerLanes()
{
    stop();
}

boost::asio::thread_pool &WorkerLanes::pool(Lane lane)
{
    switch (lane) {
    case Lane::SignIn:
        return m_signIn;
    case Lane::Blob:
        return m_blob;
    case Lane::Api:
        break;
    }
    return m_api;
}

bool WorkerLanes::post(Lane lane, std::function<void()> work)
{
    if (m_stopping)
        return false;
    boost::asio::post(pool(lane), std::move(work));
    return true;
}

void WorkerLanes::stop()
{
    m_stopping = true;
    for (auto *lane : {&m_api, &m_signIn, &m_blob})
        lane->join();
}

} // namespace GovDesk::Server
