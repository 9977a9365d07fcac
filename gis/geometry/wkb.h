#pragma once

#include "geometry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gis {

// Geometry as OGC well-known binary, through OGR both ways: for journals and files that keep
// geometry as bytes.
QByteArray toWkb(const Geometry &geometry);
// Nothing (and why) for bytes OGR cannot read as a geometry.
std::optional<Geometry> fromWkb(const QByteArray &wkb, QString *error);

} // namespace gis
