#include "rasterinfo.h"

#include "crs/crsplausibility.h"
#include "data/rastersource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace app {

namespace {

QString layoutName(gis::RasterBandLayout layout)
{
    switch (layout) {
    case gis::RasterBandLayout::Paletted:
        return QStringLiteral("paletted");
    case gis::RasterBandLayout::Rgb:
        return QStringLiteral("rgb");
    case gis::RasterBandLayout::Rgba:
        return QStringLiteral("rgba");
    case gis::RasterBandLayout::Grey:
        break;
    }
    return QStringLiteral("grey");
}

QSizeF cellSize(const gis::RasterSource &raster)
{
    const gis::Box &box = raster.extent;
    return {(box.max_corner().x() - box.min_corner().x()) / std::max(1, raster.size.width()),
            (box.max_corner().y() - box.min_corner().y()) / std::max(1, raster.size.height())};
}

QJsonObject toJson(const gis::RasterSource &raster)
{
    const gis::Box &box = raster.extent;
    QJsonObject object{
        {QStringLiteral("dataset"), raster.path},
        {QStringLiteral("kind"), QStringLiteral("raster")},
        {QStringLiteral("width"), raster.size.width()},
        {QStringLiteral("height"), raster.size.height()},
        {QStringLiteral("bands"), raster.bandCount},
        {QStringLiteral("layout"), layoutName(raster.layout)},
        {QStringLiteral("crs"), raster.crs.authId()},
        {QStringLiteral("crs_name"), raster.crs.name()},
        {QStringLiteral("extent"), QJsonArray{box.min_corner().x(), box.min_corner().y(),
                                              box.max_corner().x(), box.max_corner().y()}},
        {QStringLiteral("cell_size"),
         QJsonArray{cellSize(raster).width(), cellSize(raster).height()}},
    };
    if (const auto problem = gis::implausibleCrsReason(box, raster.crs))
        object.insert(QStringLiteral("crs_problem"), *problem);
    return object;
}

} // namespace

void printRasterInfo(QTextStream &out, const gis::RasterSource &raster, bool json)
{
    if (json) {
        out << QJsonDocument(toJson(raster)).toJson(QJsonDocument::Indented);
        return;
    }
    const gis::Box &box = raster.extent;
    out << QCoreApplication::translate("InfoCommand", "Raster: %1").arg(raster.path) << '\n';
    out << "  "
        << QCoreApplication::translate("InfoCommand", "size: %1 × %2 cells, %3 band(s) (%4)")
               .arg(raster.size.width())
               .arg(raster.size.height())
               .arg(raster.bandCount)
               .arg(layoutName(raster.layout))
        << '\n';
    out << "  "
        << QCoreApplication::translate("InfoCommand", "CRS: %1 %2")
               .arg(raster.crs.authId().isEmpty() ? QStringLiteral("-") : raster.crs.authId(),
                    raster.crs.name())
        << '\n';
    out << "  "
        << QCoreApplication::translate("InfoCommand", "extent: %1, %2 : %3, %4")
               .arg(box.min_corner().x(), 0, 'f', 6)
               .arg(box.min_corner().y(), 0, 'f', 6)
               .arg(box.max_corner().x(), 0, 'f', 6)
               .arg(box.max_corner().y(), 0, 'f', 6)
        << '\n';
    out << "  "
        << QCoreApplication::translate("InfoCommand", "cell size: %1 × %2")
               .arg(cellSize(raster).width(), 0, 'g', 8)
               .arg(cellSize(raster).height(), 0, 'g', 8)
        << '\n';
    if (const auto problem = gis::implausibleCrsReason(box, raster.crs))
        out << "  " << QCoreApplication::translate("InfoCommand", "CRS problem: %1").arg(*problem)
            << '\n';
}

} // namespace app
