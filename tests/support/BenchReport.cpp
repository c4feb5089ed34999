#include "BenchReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace GovDesk::Bench {

void report(const QString &name, double value, double baseline)
{
    const double ratio = baseline > 0 ? value / baseline : 0.0;
    std::printf("bench %s value=%.6g baseline=%.6g ratio=%.4f\n", qPrintable(name), value, baseline, ratio);
    std::fflush(stdout);
}

bool quickMode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

double percentile(std::vector<double> samples, double percent)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(percent / 100.0 * static_cast<double>(samples.size())));
    return samples.at(std::clamp<std::size_t>(rank, 1, samples.size()) - 1);
}

} // namespace GovDesk::Bench
