#include "extentargument.h"

#include <QStringList>

namespace app {

std::optional<gis::Box> parseExtent(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (values[0] >= values[2] || values[1] >= values[3])
        return std::nullopt;
    return gis::Box(gis::Point(values[0], values[1]), gis::Point(values[2], values[3]));
}

} // namespace app
