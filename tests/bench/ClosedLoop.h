// ClosedLoop: keeps a set of libcurl requests busy for a while — each request that ends is handed
// back, and while the time lasts is sent again as the caller set it up — so that a benchmark
// measures what a server answers at capacity (server_bench, province_bench).
#pragma once

#include <QElapsedTimer>
#include <curl/curl.h>
#include <functional>
#include <vector>

namespace GovDesk::Bench {

// `handles` must be set up for their first request. `finished(handle, code, again)` is called as
// each request ends with its result; when `again`, it sets `handle` up for the next request,
// which is then sent. Returns the seconds until the last request ended.
inline double runClosedLoop(const std::vector<CURL *> &handles, long maxHostConnections, double seconds,
                            const std::function<void(CURL *handle, CURLcode code, bool again)> &finished)
{
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxHostConnections);
    for (CURL *handle : handles)
        curl_multi_add_handle(multi, handle);
    QElapsedTimer clock;
    clock.start();
    int running = 1;
    while (running > 0) {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            CURL *handle = message->easy_handle;
            const CURLcode code = message->data.result;
            curl_multi_remove_handle(multi, handle);
            const bool again = clock.elapsed() < seconds * 1000;
            finished(handle, code, again);
            if (again) {
                curl_multi_add_handle(multi, handle);
                running = 1;
            }
        }
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    const double elapsed = double(clock.elapsed()) / 1000.0;
    curl_multi_cleanup(multi);
    return elapsed;
}

} // namespace GovDesk::Bench
