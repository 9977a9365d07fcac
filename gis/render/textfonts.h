#pragma once

#include <QString>
#include <QStringList>

namespace gis {

// The font families text is drawn with. Noto Sans CJK SC gives Qt's PDF writer the wrong text
// for many ideographs (see tools/fonts/derive_pdf_cjk_font.py), so wherever it is asked for,
// planmap's derived copy of it comes first: the same glyphs, with text that copies and searches
// as written. Without the derived font (a build without fontTools), the family stays as asked.
class TextFonts
{
public:
    static constexpr const char *derivedFamily = "Planmap Sans CJK SC";
    static constexpr const char *notoFamily = "Noto Sans CJK SC";

    // Registers the derived font with Qt once; later calls cost nothing. True when it is there.
    static bool registerDerived();
    // The families to try for `family`, the derived font first in place of Noto Sans CJK SC.
    static QStringList familiesFor(const QString &family);
    // For any family list: the derived font put before Noto Sans CJK SC.
    static QStringList familiesFor(const QStringList &families);
};

} // namespace gis
