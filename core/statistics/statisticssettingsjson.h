#pragma once

#include "statisticssettings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace gis {
class VectorLayer;
}

namespace core {

class JsonFields;

// The statistics settings as a project file keeps them: "keyFields", "spatialJoins" and
// "shareGroups" beside the other keys of the project (see docs/project-file.md).
class StatisticsSettingsJson
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsSettingsJson)
public:
    // Adds each key to `root` only when it holds something, so that a project without them
    // writes the file it wrote before they existed.
    static void write(const StatisticsSettings &settings, QJsonObject &root);
    // Checked against the layers the project file gave: an entry naming a layer it lacks, a
    // field a layer lacks or a layer of the wrong kind is skipped (an unknown attribute of a
    // spatial join leaves the count), and each becomes a problem naming it.
    static StatisticsSettings read(const JsonFields &root,
                                   const std::vector<std::shared_ptr<gis::VectorLayer>> &layers,
                                   QStringList *problems);
};

} // namespace core
