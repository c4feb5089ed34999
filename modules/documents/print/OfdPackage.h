// OfdPackage: the files of an OFD package in memory and its ZIP form (libzip) — written by the
// exporter, read back by the signature verifier and the tests.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Documents {

class OfdPackage
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdPackage)
public:
    // A package read from elsewhere is refused beyond these (a ZIP bomb, a flood of entries).
    static constexpr qint64 MaxUnpackedBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 MaxEntries = 100000;

    // Adds or replaces a file; `path` is relative to the package root ("Doc_0/Document.xml").
    void add(const QString &path, const QByteArray &bytes);
    [[nodiscard]] bool contains(const QString &path) const { return m_index.contains(path); }
    [[nodiscard]] QByteArray file(const QString &path) const;
    // Every path, in the order added (the order of the ZIP's entries).
    [[nodiscard]] QStringList paths() const;

    // The package as a ZIP archive (deflated entries, UTF-8 names).
    [[nodiscard]] Core::Result<QByteArray> toZip() const;
    // Reads a ZIP archive; refuses a damaged one, directory tricks ("..", absolute names) and
    // anything beyond the limits above.
    [[nodiscard]] static Core::Result<OfdPackage> fromZip(const QByteArray &zip);

private:
    struct Entry
    {
        QString path;
        QByteArray bytes;
    };
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // path → position in m_entries
};

} // namespace GovDesk::Documents
