#pragma once

#include <QStringList>

namespace app {

// `planmap info FILE [--json]`: every layer of a GDAL vector dataset with geometry type, CRS,
// feature count, extent and invalid geometries. Returns the process exit code.
int runInfoCommand(const QStringList &arguments);

} // namespace app
