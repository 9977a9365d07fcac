#include "commandproject.h"

#include "project/projectfile.h"

#include <QFileInfo>

namespace app {

std::optional<core::ProjectData> loadCommandProject(const QString &path, QString *error)
{
    if (path.isEmpty())
        return core::loadBundledProject(core::bundledDatasetPath(), error);
    if (QFileInfo(path).suffix().compare(core::ProjectFile::suffix(), Qt::CaseInsensitive) == 0)
        return core::ProjectFile::read(path, error);
    return core::loadDatasetProject(path, error);
}

} // namespace app
