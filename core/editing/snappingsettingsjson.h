#pragma once

#include "snappingsettings.h"

#include <QJsonObject>

namespace core {

class JsonFields;

// The snapping settings as a project file keeps them: a "snapping" object beside the other
// keys of the project (see docs/project-file.md), written only when they differ from the
// defaults, so that a project that never changed them writes the file it wrote before.
class SnappingSettingsJson
{
public:
    static void write(const SnappingSettings &settings, QJsonObject &root);
    // Files without the key give the defaults; a value of the wrong type becomes a problem.
    static SnappingSettings read(const JsonFields &root, QStringList *problems);
};

} // namespace core
