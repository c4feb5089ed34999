#include "OfdPackage.h"

#include <memory>
#include <zip.h>

namespace GovDesk::Documents {

namespace {

QString zipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

struct ErrorHolder
{
    zip_error_t error;
    ErrorHolder() { zip_error_init(&error); }
    ~ErrorHolder() { zip_error_fini(&error); }
    ErrorHolder(const ErrorHolder &) = delete;
    ErrorHolder &operator=(const ErrorHolder &) = delete;
};

struct SourceDeleter
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceDeleter>;

struct ArchiveDiscarder
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDiscarder>;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

bool isSafePath(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1Char('\\'))
           && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

} // namespace

void OfdPackage::add(const QString &path, const QByteArray &bytes)
{
    if (const qsizetype index = m_index.value(path, -1); index >= 0) {
        m_entries[index].bytes = bytes;
        return;
    }
    m_index.insert(path, m_entries.size());
    m_entries.append({path, bytes});
}

QByteArray OfdPackage::file(const QString &path) const
{
    const qsizetype index = m_index.value(path, -1);
    return index >= 0 ? m_entries.at(index).bytes : QByteArray();
}

QStringList OfdPackage::paths() const
{
    QStringList paths;
    paths.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        paths.append(entry.path);
    return paths;
}

Core::Result<QByteArray> OfdPackage::toZip() const
{
    ErrorHolder error;
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error.error));
    if (!buffer)
        return Core::fail(Core::ErrorCode::Io, tr("The OFD package could not be started."),
                          zipError(&error.error));
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error);
    if (!archive)
        return Core::fail(Core::ErrorCode::Io, tr("The OFD package could not be started."),
                          zipError(&error.error));
    // From here the archive holds a reference; keep one so the bytes outlive zip_close().
    zip_source_keep(buffer.get());
    for (const Entry &entry : m_entries) {
        const QString &path = entry.path;
        const QByteArray &bytes = entry.bytes; // stays alive until zip_close()
        zip_source_t *data
            = zip_source_buffer(archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!data
            || zip_file_add(archive, path.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                   < 0) {
            const QString reason = QString::fromUtf8(zip_strerror(archive));
            zip_source_free(data);
            zip_discard(archive);
            return Core::fail(Core::ErrorCode::Io, tr("%1 could not be added to the OFD package.").arg(path),
                              reason);
        }
    }
    if (zip_close(archive) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Core::fail(Core::ErrorCode::Io, tr("The OFD package could not be finished."), reason);
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
        return Core::fail(Core::ErrorCode::Io, tr("The OFD package could not be finished."),
                          zipError(zip_source_error(buffer.get())));
    QByteArray zip(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer.get(), zip.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != static_cast<zip_int64_t>(stat.size))
        return Core::fail(Core::ErrorCode::Io, tr("The OFD package could not be finished."),
                          QStringLiteral("read %1 of %2 bytes").arg(read).arg(stat.size));
    return zip;
}

Core::Result<OfdPackage> OfdPackage::fromZip(const QByteArray &zip)
{
    ErrorHolder error;
    Source source(
        zip_source_buffer_create(zip.constData(), static_cast<zip_uint64_t>(zip.size()), 0, &error.error));
    if (!source)
        return Core::fail(Core::ErrorCode::Corrupt, tr("The file is not an OFD package."),
                          zipError(&error.error));
    Archive archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error.error));
    if (!archive)
        return Core::fail(Core::ErrorCode::Corrupt, tr("The file is not an OFD package (not a ZIP archive)."),
                          zipError(&error.error));
    zip_source_keep(source.get()); // the archive took it over; both release their reference

    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    if (entries < 0 || entries > MaxEntries)
        return Core::fail(Core::ErrorCode::Corrupt, tr("The OFD package has too many files."),
                          QStringLiteral("%1 entries").arg(entries));
    OfdPackage package;
    qint64 unpacked = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) < 0)
            return Core::fail(Core::ErrorCode::Corrupt, tr("The OFD package is damaged."),
                              QString::fromUtf8(zip_strerror(archive.get())));
        const QString path = QString::fromUtf8(stat.name);
        if (path.endsWith(QLatin1Char('/')))
            continue; // a directory entry
        if (!isSafePath(path))
            return Core::fail(Core::ErrorCode::Corrupt,
                              tr("The OFD package names a file outside itself: %1").arg(path));
        unpacked += static_cast<qint64>(stat.size);
        if (unpacked > MaxUnpackedBytes)
            return Core::fail(Core::ErrorCode::Corrupt, tr("The OFD package is too large to open."),
                              QStringLiteral("more than %1 bytes unpacked").arg(MaxUnpackedBytes));
        std::unique_ptr<zip_file_t, FileCloser> file(
            zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0));
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        if (!file || zip_fread(file.get(), bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
            return Core::fail(Core::ErrorCode::Corrupt, tr("%1 in the OFD package cannot be read.").arg(path),
                              QString::fromUtf8(zip_strerror(archive.get())));
        if (package.contains(path))
            return Core::fail(Core::ErrorCode::Corrupt, tr("The OFD package holds %1 twice.").arg(path));
        package.add(path, bytes);
    }
    return package;
}

} // namespace GovDesk::Documents
