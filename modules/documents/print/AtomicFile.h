// AtomicFile: an export written beside its target and renamed into place once whole, so a failed
// or cancelled export never leaves half a PDF or OFD where the clerk asked for the file.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace GovDesk::Documents {

class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::AtomicFile)
public:
    // Runs `write(QIODevice &)` → Core::Result<T> on the file and commits it only if that succeeded.
    template<typename Write>
    [[nodiscard]] static auto write(const QString &path, Write &&write)
        -> decltype(write(std::declval<QIODevice &>()))
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Core::fail(Core::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        auto written = write(file);
        if (!written)
            return written;
        if (!file.commit())
            return Core::fail(Core::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return written;
    }
};

} // namespace GovDesk::Documents
