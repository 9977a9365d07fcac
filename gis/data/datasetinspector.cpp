#include "datasetinspector.h"

#include "crs/crsplausibility.h"
#include "gdalsupport.h"
#include "geometry/ogrgeometryconverter.h"
#include "geometry/validity.h"
#include "ogrfeatureconversion.h"
#include "vectordataset.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gis {

namespace {

void countInvalid(OGRLayer &layer, LayerSummary &summary)
{
    layer.ResetReading();
    for (auto &feature : layer) {
        const Validity validity = checkValidity(fromOgr(feature->GetGeometryRef()));
        if (validity.valid)
            continue;
        if (summary.invalidGeometries++ == 0)
            summary.firstInvalidReason =
                QStringLiteral("feature %1: %2").arg(feature->GetFID()).arg(validity.reason);
    }
}

LayerSummary summarise(OGRLayer &layer)
{
    LayerSummary summary;
    summary.name = QString::fromUtf8(layer.GetName());
    summary.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer.GetGeomType()));
    const Crs crs = detail::crsFrom(layer.GetSpatialRef());
    summary.crsAuthId = crs.authId();
    summary.crsName = crs.name();
    summary.featureCount = layer.GetFeatureCount(TRUE);
    OGREnvelope envelope;
    if (layer.GetGeomType() != wkbNone && layer.GetExtent(&envelope, TRUE) == OGRERR_NONE)
        summary.extent =
            Box(Point(envelope.MinX, envelope.MinY), Point(envelope.MaxX, envelope.MaxY));
    if (summary.extent)
        summary.crsProblem = implausibleCrsReason(*summary.extent, crs).value_or(QString());
    if (layer.GetGeomType() != wkbNone)
        countInvalid(layer, summary);
    return summary;
}

} // namespace

std::optional<DatasetSummary> inspectDataset(const QString &name, QString *error)
{
    std::unique_ptr<VectorDataset> dataset = VectorDataset::open(name, error);
    if (!dataset)
        return std::nullopt;
    GdalErrorCollector errors;
    auto *gdal = static_cast<GDALDataset *>(dataset->handle());
    DatasetSummary summary;
    summary.name = name;
    summary.driver = dataset->driverName();
    for (OGRLayer *layer : gdal->GetLayers())
        summary.layers.push_back(summarise(*layer));
    return summary;
}

} // namespace gis
