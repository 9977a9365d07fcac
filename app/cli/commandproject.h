#pragma once

#include "project/projectdata.h"

#include <optional>

namespace app {

// The project a command works on, read by the same readers the window uses for the same kind
// of file: the bundled project when `path` is empty, a project file, or any dataset.
std::optional<core::ProjectData> loadCommandProject(const QString &path, QString *error);

} // namespace app
