#pragma once

#include <QString>
#include <QVector>

namespace core {

class PlanProject;

// The ids of a layer's selected features. The selection holds indices into the features the
// map shows, which for an edited layer are its session's edited features, so the ids are the
// ones the session's commands take.
QVector<qint64> selectedFeatureIds(const PlanProject &project, const QString &layerId);

} // namespace core
