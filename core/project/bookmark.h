#pragma once

#include "geometry/geometry.h"

#include <QString>
#include <QVector>

namespace core {

struct ProjectData;

// A named view, kept in longitude/latitude so that it survives a change of map CRS.
struct Bookmark
{
    QString id;
    QString name;
    gis::Box lonLatExtent;
};

// The views planners of the region start from: the province, Changchun, the Changchun–Jilin
// axis, Gongzhuling and Northeast Asia. Those the data cannot place are left out.
QVector<Bookmark> presetBookmarks(const ProjectData &data);

} // namespace core
