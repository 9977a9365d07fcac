#pragma once

#include <QStringList>

namespace app {

// `planmap export --map-only --layer FILE [--layer-name NAME] --width W --height H
//  [--extent=xmin,ymin,xmax,ymax] [--dpi D] --out F.png [--timing]`: renders one dataset
// headless in the default style of a layer opened without a project, through the same
// renderer as the canvas. Returns the process exit code.
int runMapExportCommand(const QStringList &arguments);

} // namespace app
