#pragma once

#include <QStringList>

namespace app {

// `planmap publish --to "PG:…" [--schema S] [--from DATASET] [--overwrite]`: the bundled
// dataset (or DATASET) copied into a PostGIS schema for a team, in one transaction. Returns
// the process exit code.
int runPublishCommand(const QStringList &arguments);

} // namespace app
