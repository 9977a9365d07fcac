#pragma once

#include <QStringList>

namespace app {

// `planmap stats [--project P] [--layer NAME] [--format csv|json]`: the figures joined to the
// features of a project (the bundled one unless --project names a project file or dataset),
// with those the engine derives (area_km2 among them), one row per feature and figure.
// Returns the process exit code.
int runStatsCommand(const QStringList &arguments);

} // namespace app
