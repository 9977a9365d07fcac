#pragma once

#include <QString>

namespace testing {

// The bundled GeoPackage built by the datatool, and the source folder it was built from.
QString bundledGeoPackage();
QString dataSourceRoot();

// A near-comparison for coordinates: |a - b| <= tolerance.
bool near(double a, double b, double tolerance);

} // namespace testing
