#pragma once

#include "geometry/geometry.h"

#include <QString>

#include <memory>
#include <optional>

namespace gis {

// An immutable coordinate reference system, resolved by PROJ. Cheap to copy; PROJ's own
// objects stay behind the implementation so that callers never include proj.h.
class Crs
{
public:
    Crs(); // invalid
    static Crs fromUserInput(const QString &definition, QString *error = nullptr);
    static Crs wgs84();
    static Crs webMercator();

    bool isValid() const { return mData != nullptr; }
    bool isGeographic() const;
    QString authId() const;     // "EPSG:4326", empty when PROJ knows no authority code
    QString name() const;       // "WGS 84"
    QString definition() const; // what it was created from, for project files
    QString wkt() const;        // WKT2:2019, what GDAL and PROJ exchange
    // Where the CRS is meant to be used, in longitude/latitude (west may exceed east across
    // the antimeridian); nothing when PROJ does not say.
    std::optional<Box> areaOfUse() const;

    bool isEquivalentTo(const Crs &other) const;

private:
    struct Data;
    explicit Crs(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> mData;
};

} // namespace gis
