#include "testdata.h"

#include <cmath>

namespace testing {

QString bundledGeoPackage()
{
    return QStringLiteral(PLANMAP_TEST_GPKG);
}

QString dataSourceRoot()
{
    return QStringLiteral(PLANMAP_TEST_DATA_ROOT);
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace testing
