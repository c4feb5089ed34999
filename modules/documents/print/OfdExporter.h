// OfdExporter: a 公文 as an OFD package (GB/T 33190-2016) for archives — the same composed pages
// as the PDF, text at the PDF's positions in embedded font subsets, the seal's picture on the
// page and, where this computer holds the document's seal, Signs/ with an SES_Signature.
//
// Who signs: the document's electronic seal (SealRecord) signs its canonical form, not the OFD's
// files, and cannot be reused for them. The OFD is therefore signed at export with the seal key
// itself, which only the sealing organisation's signatories hold (SealKeyStore); the export
// happens on their desktop. It signs only the document its seal sealed — the record's seal and
// certificate are the key's and the seal verifies — so a document changed since 用印 is never
// re-signed. Otherwise (a document received from elsewhere, a user without the seal, a paper
// seal) the OFD has no Signs/ but shows the seal's picture, and OfdExport says why.
#pragma once

#include "OfficialDocument.h"
#include "Result.h"
#include "crypto/SealKeyStore.h"
#include "sync/RedHeaderTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

class QIODevice;

namespace GovDesk::Documents {

struct OfdExportOptions
{
    // The seal key this profile holds (SealKeyStore::load), if any.
    std::optional<Core::SealKeyMaterial> sealKey;
    // Creation and signing time; now when not set.
    QDateTime at;
    // The issuing organisation's 套红 template (RedHeaderSelection::forDocument), as the PDF and the
    // preview take it; unset: the document's own issuerMark (RedHeaderSelection::fallback).
    std::optional<std::optional<Core::RedHeaderTemplate>> header;
};

struct OfdExport
{
    int pageCount = 0;
    QStringList fonts;         // OfficialFonts::describe(): which family each role used
    QStringList embeddedFonts; // each embedded subset: family, style, characters, size
    bool isSigned = false;     // Signs/ holds the organisation's signature
    QString signedWith;        // the seal's name when signed
    QString unsignedReason;    // why a sealed document's OFD is not signed (translated); else empty
};

class OfdExporter
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdExporter)
public:
    static constexpr double SealPixelsPerMillimetre = 12.0; // the seal's picture, about 300 dpi

    [[nodiscard]] static Core::Result<OfdExport> write(const OfficialDocument &document, QIODevice &device,
                                                       const OfdExportOptions &options = {});
    [[nodiscard]] static Core::Result<OfdExport> write(const OfficialDocument &document, const QString &path,
                                                       const OfdExportOptions &options = {});
};

} // namespace GovDesk::Documents
