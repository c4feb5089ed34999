#include "OfdFonts.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>
#include <memory>

namespace GovDesk::Documents {

namespace {

template<auto Destroy> struct HbDeleter
{
    template<typename T> void operator()(T *object) const { Destroy(object); }
};
using HbFace = std::unique_ptr<hb_face_t, HbDeleter<hb_face_destroy>>;
using HbBlob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_destroy>>;
using HbInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_destroy>>;

// HarfBuzz asks for the face's tables one by one; Qt hands out what the loaded face has (also
// for a face inside a collection such as Noto CJK's .ttc, which has no file of its own).
hb_blob_t *referenceTable(hb_face_t *, hb_tag_t tag, void *userData)
{
    const auto *face = static_cast<const QRawFont *>(userData);
    char name[4];
    hb_tag_to_string(tag, name);
    auto *table = new QByteArray(face->fontTable(name)); // HarfBuzz owns it from here
    return hb_blob_create(table->constData(), static_cast<unsigned>(table->size()), HB_MEMORY_MODE_READONLY,
                          table, [](void *bytes) { delete static_cast<QByteArray *>(bytes); });
}

QString nameOf(hb_face_t *face, hb_ot_name_id_t id)
{
    const hb_language_t english = hb_language_from_string("en", -1);
    const unsigned int length = hb_ot_name_get_utf16(face, id, english, nullptr, nullptr);
    if (length == 0)
        return {};
    unsigned int size = length + 1;
    QList<uint16_t> buffer(static_cast<qsizetype>(size));
    hb_ot_name_get_utf16(face, id, english, &size, buffer.data());
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.constData()),
                              static_cast<qsizetype>(size));
}

} // namespace

int OfdFonts::idOf(const QRawFont &face, Ofd::Ids &ids)
{
    for (const Face &known : std::as_const(m_faces)) {
        if (known.face.familyName() == face.familyName() && known.face.styleName() == face.styleName())
            return known.id;
    }
    m_faces.append({ids.next(), face, {}});
    return m_faces.constLast().id;
}

void OfdFonts::use(int id, QStringView text)
{
    for (Face &known : m_faces) {
        if (known.id != id)
            continue;
        for (const char32_t codePoint : text.toUcs4())
            known.codePoints.insert(codePoint);
        return;
    }
}

Core::Result<QList<OfdEmbeddedFont>> OfdFonts::embed() const
{
    QList<OfdEmbeddedFont> fonts;
    for (const Face &known : m_faces) {
        const QString described = known.face.familyName() + QLatin1Char(' ') + known.face.styleName();
        HbFace source(
            hb_face_create_for_tables(referenceTable, const_cast<QRawFont *>(&known.face), nullptr));
        HbInput input(hb_subset_input_create_or_fail());
        if (!source || !input)
            return Core::fail(Core::ErrorCode::Io, tr("The font %1 could not be embedded.").arg(described),
                              QStringLiteral("out of memory"));
        hb_set_t *unicodes = hb_subset_input_unicode_set(input.get());
        for (const char32_t codePoint : known.codePoints)
            hb_set_add(unicodes, codePoint);
        // Positions are explicit in OFD: layout tables and hinting are dead weight in the subset.
        hb_set_t *dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const char *tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern"})
            hb_set_add(dropped, hb_tag_from_string(tag, 4));
        hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
        HbFace subset(hb_subset_or_fail(source.get(), input.get()));
        if (!subset)
            return Core::fail(Core::ErrorCode::Io, tr("The font %1 could not be embedded.").arg(described),
                              QStringLiteral("hb_subset_or_fail"));
        HbBlob blob(hb_face_reference_blob(subset.get()));
        unsigned int length = 0;
        const char *data = hb_blob_get_data(blob.get(), &length);
        if (length == 0 || hb_face_get_glyph_count(subset.get()) == 0)
            return Core::fail(Core::ErrorCode::Io, tr("The font %1 could not be embedded.").arg(described),
                              QStringLiteral("empty subset"));

        OfdEmbeddedFont font;
        font.id = known.id;
        font.familyName = known.face.familyName();
        font.styleName = known.face.styleName();
        font.fontName = nameOf(subset.get(), HB_OT_NAME_ID_POSTSCRIPT_NAME);
        if (font.fontName.isEmpty())
            font.fontName = described;
        font.bold = known.face.weight() >= QFont::Bold;
        bool cff = false;
        for (const char *tag :
             {"CFF ", "CFF2", "glyf", "loca", "hmtx", "vmtx", "cmap", "name", "OS/2", "post"}) {
            const qsizetype size = known.face.fontTable(tag).size();
            font.fullSize += size;
            cff = cff || (size > 0 && tag[0] == 'C');
        }
        font.fileName = QStringLiteral("font_%1.%2")
                            .arg(known.id)
                            .arg(cff ? QStringLiteral("otf") : QStringLiteral("ttf"));
        font.subset = QByteArray(data, static_cast<qsizetype>(length));
        font.characters = static_cast<int>(known.codePoints.size());
        fonts.append(font);
    }
    return fonts;
}

} // namespace GovDesk::Documents
