#pragma once

#include <QStringList>

namespace app {

// `planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif [--paper A3]
//  [--landscape | --portrait] [--dpi 300] [--extent minx,miny,maxx,maxy [--crs EPSG:n]]
//  [--title TEXT]`: a print layout of a project, headless, through the same exporter as the
// window. Returns the process exit code.
int runLayoutExportCommand(const QStringList &arguments);

} // namespace app
