#include "extentfeaturesource.h"

#include "vectorlayer.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"
#include "data/ogrfeatureconversion.h"
#include "geometry/ogrgeometryconverter.h"
#include "postgis/pgsql.h"

#include <boost/geometry/algorithms/covered_by.hpp>

#include <cmath>
#include <limits>

namespace gis {

namespace {

// Kept between requests: the canvas and the background read of the full collection; a third
// caller (an export) opens one for a while. More would only hold server slots.
constexpr std::size_t kIdleConnectionsKept = 2;
// Answers kept: the current area and the one before (a zoom out and back in).
constexpr std::size_t kFetchedAreasKept = 2;

bool isFinite(const Box &box)
{
    return std::isfinite(box.min_corner().x()) && std::isfinite(box.min_corner().y()) &&
           std::isfinite(box.max_corner().x()) && std::isfinite(box.max_corner().y()) &&
           box.min_corner().x() <= box.max_corner().x() &&
           box.min_corner().y() <= box.max_corner().y();
}

Box everywhere()
{
    const double inf = std::numeric_limits<double>::infinity();
    return {Point(-inf, -inf), Point(inf, inf)};
}

// The fields GDAL may leave out of its query: all but `wanted` (and the style column).
std::vector<QByteArray> ignoredFields(const Fields &fields, const QStringList &wanted)
{
    std::vector<QByteArray> ignored{QByteArrayLiteral("OGR_STYLE")};
    for (const Field &field : fields) {
        if (!wanted.contains(field.name))
            ignored.push_back(field.name.toUtf8());
    }
    return ignored;
}

void applyIgnoredFields(OGRLayer &layer, const std::vector<QByteArray> &names)
{
    std::vector<const char *> list;
    for (const QByteArray &name : names)
        list.push_back(name.constData());
    list.push_back(nullptr);
    layer.SetIgnoredFields(list.data());
}

} // namespace

void ExtentFeatureSource::DatasetCloser::operator()(GDALDataset *dataset) const
{
    GDALClose(dataset);
}

ExtentFeatureSource::ExtentFeatureSource(const QString &datasetName, const QString &layerName,
                                         double margin)
    : mDatasetName(datasetName)
    , mLayerName(layerName)
    , mMargin(margin)
{
}

ExtentFeatureSource::~ExtentFeatureSource() = default;

std::shared_ptr<ExtentFeatureSource> ExtentFeatureSource::open(const QString &datasetName,
                                                               const QString &layerName,
                                                               QString *error, double margin)
{
    std::shared_ptr<ExtentFeatureSource> source(
        new ExtentFeatureSource(datasetName, layerName, margin));
    QString problem;
    Connection connection = source->takeConnection(&problem);
    if (!connection) {
        if (error)
            *error = problem;
        return nullptr;
    }
    GdalErrorCollector errors;
    OGRLayer *layer = connection->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = source->failure(tr("no such layer"));
        return nullptr;
    }
    auto schema = std::make_shared<FeatureCollection>();
    schema->name = layerName;
    schema->fields = detail::fieldsFrom(*layer->GetLayerDefn());
    schema->crs = detail::crsFrom(layer->GetSpatialRef());
    schema->kind = detail::kindOf(layer->GetGeomType());
    OGREnvelope stated;
    if (layer->GetGeomType() != wkbNone && layer->GetExtent(&stated, FALSE) == OGRERR_NONE)
        schema->statedExtent =
            Box(Point(stated.MinX, stated.MinY), Point(stated.MaxX, stated.MaxY));
    source->mSchema = std::move(schema);
    if (postgis::isPostgisDataset(datasetName))
        source->mPostgis = describePostgis(*connection, *layer, layerName);
    source->giveBack(std::move(connection));
    return source;
}

std::optional<ExtentFeatureSource::PostgisTable>
ExtentFeatureSource::describePostgis(GDALDataset &connection, OGRLayer &layer,
                                     const QString &layerName)
{
    const QString fid = QString::fromUtf8(layer.GetFIDColumn());
    const QString geometry = QString::fromUtf8(layer.GetGeometryColumn());
    if (fid.isEmpty() || geometry.isEmpty() || layer.GetLayerDefn()->GetGeomFieldCount() != 1)
        return std::nullopt; // GDAL's own filter serves views and unusual tables
    QString ignored;
    const auto table = postgis::resolveTable(connection, layerName, &ignored);
    if (!table)
        return std::nullopt;
    // A constant SRID in the envelope, so that the planner can use the index.
    const auto srid = postgis::queryValue(connection,
                                          QStringLiteral("SELECT Find_SRID(%1, %2, %3)")
                                              .arg(postgis::quoteLiteral(table->schema),
                                                   postgis::quoteLiteral(table->table),
                                                   postgis::quoteLiteral(geometry)),
                                          &ignored);
    if (!srid || srid->toInt() <= 0)
        return std::nullopt;
    return PostgisTable{table->qualified(), fid, geometry, QString::number(srid->toInt())};
}

QString ExtentFeatureSource::datasetName() const
{
    return postgis::withoutPassword(mDatasetName);
}

QString ExtentFeatureSource::failure(const QString &problem) const
{
    return tr("%1, layer %2: %3").arg(datasetName(), mLayerName, problem);
}

std::shared_ptr<ProjectionCache> ExtentFeatureSource::features(const Box &box,
                                                               const QStringList &fields,
                                                               const std::atomic_bool *cancel,
                                                               QString *error)
{
    if (auto answer = cached(box, fields))
        return answer;
    // A frame the transform could not bound (a world view in a projected CRS) takes it all.
    const bool bounded = isFinite(box);
    const Box area = bounded ? withMargin(box) : everywhere();
    std::shared_ptr<FeatureCollection> read =
        this->read(bounded ? &area : nullptr, &fields, cancel, error);
    if (!read)
        return nullptr;
    auto answer = std::make_shared<ProjectionCache>(std::move(read));
    std::lock_guard lock(mMutex);
    mFetched.push_front({area, fields, answer});
    if (mFetched.size() > kFetchedAreasKept)
        mFetched.pop_back();
    return answer;
}

std::shared_ptr<FeatureCollection> ExtentFeatureSource::readAll(const std::atomic_bool *cancel,
                                                                QString *error)
{
    return read(nullptr, nullptr, cancel, error);
}

void ExtentFeatureSource::clearCache()
{
    std::lock_guard lock(mMutex);
    mFetched.clear();
}

std::shared_ptr<ProjectionCache> ExtentFeatureSource::cached(const Box &box,
                                                             const QStringList &fields)
{
    std::lock_guard lock(mMutex);
    for (const Fetched &fetched : mFetched) {
        if (covers(fetched, box, fields))
            return fetched.features;
    }
    return nullptr;
}

bool ExtentFeatureSource::covers(const Fetched &fetched, const Box &box,
                                 const QStringList &fields) const
{
    for (const QString &field : fields) {
        if (!fetched.fields.contains(field))
            return false;
    }
    if (!isFinite(fetched.area))
        return true; // the whole layer was read
    return isFinite(box) && boost::geometry::covered_by(box, fetched.area);
}

Box ExtentFeatureSource::withMargin(const Box &box) const
{
    const double dx = (box.max_corner().x() - box.min_corner().x()) * mMargin;
    const double dy = (box.max_corner().y() - box.min_corner().y()) * mMargin;
    return {Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

ExtentFeatureSource::Connection ExtentFeatureSource::takeConnection(QString *error)
{
    {
        std::lock_guard lock(mMutex);
        if (!mIdle.empty()) {
            Connection connection = std::move(mIdle.back());
            mIdle.pop_back();
            return connection;
        }
    }
    GdalErrorCollector errors;
    Connection connection(openVectorReadOnly(mDatasetName).release());
    if (!connection && error) {
        const QString reason = errors.lastError().isEmpty()
                                   ? tr("the dataset cannot be opened")
                                   : postgis::withoutPassword(errors.lastError());
        *error = failure(reason);
    }
    return connection;
}

void ExtentFeatureSource::giveBack(Connection connection)
{
    std::lock_guard lock(mMutex);
    if (mIdle.size() < kIdleConnectionsKept)
        mIdle.push_back(std::move(connection));
}

std::shared_ptr<FeatureCollection> ExtentFeatureSource::read(const Box *area,
                                                             const QStringList *fields,
                                                             const std::atomic_bool *cancel,
                                                             QString *error)
{
    Connection connection = takeConnection(error);
    if (!connection)
        return nullptr;
    GdalErrorCollector errors;
    OGRLayer *layer = connection->GetLayerByName(mLayerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error =
                failure(errors.lastError().isEmpty() ? tr("no such layer") : errors.lastError());
        return nullptr; // the connection may be broken: it is not given back
    }
    ++mRequests;
    if (mPostgis && area && fields)
        return readPostgis(std::move(connection), *area, *fields, cancel, error);
    auto collection = std::make_shared<FeatureCollection>(*mSchema);
    if (fields)
        applyIgnoredFields(*layer, ignoredFields(collection->fields, *fields));
    else
        layer->SetIgnoredFields(nullptr);
    if (area)
        layer->SetSpatialFilterRect(area->min_corner().x(), area->min_corner().y(),
                                    area->max_corner().x(), area->max_corner().y());
    else
        layer->SetSpatialFilter(nullptr);
    layer->ResetReading();
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            layer->ResetReading(); // closes the server's cursor
            giveBack(std::move(connection));
            if (error)
                *error = failure(tr("reading was cancelled"));
            return nullptr;
        }
        OgrFeaturePointer feature(layer->GetNextFeature());
        if (!feature)
            break;
        collection->features.push_back(detail::attributesFrom(*feature, collection->fields));
        appendOgr(collection->geometries, feature->GetGeometryRef());
    }
    if (!errors.lastError().isEmpty()) {
        // The server went away or refused the query: the connection is dropped, the next
        // request opens a new one.
        if (error)
            *error = failure(postgis::withoutPassword(errors.lastError()));
        return nullptr;
    }
    layer->ResetReading();
    giveBack(std::move(connection));
    collection->geometries.shrinkToFit();
    return collection;
}

std::shared_ptr<FeatureCollection>
ExtentFeatureSource::readPostgis(Connection connection, const Box &area, const QStringList &fields,
                                 const std::atomic_bool *cancel, QString *error)
{
    GdalErrorCollector errors;
    QStringList columns{postgis::quoteIdentifier(mPostgis->fidColumn),
                        postgis::quoteIdentifier(mPostgis->geometryColumn)};
    for (const QString &field : fields) {
        if (mSchema->fieldIndex(field) >= 0)
            columns.push_back(postgis::quoteIdentifier(field));
    }
    // `&&` with a constant envelope: the GiST index's own operator.
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 && ST_MakeEnvelope(%4, %5, %6, %7, %8)")
            .arg(columns.join(QStringLiteral(", ")), mPostgis->qualifiedName,
                 postgis::quoteIdentifier(mPostgis->geometryColumn))
            .arg(area.min_corner().x(), 0, 'g', 17)
            .arg(area.min_corner().y(), 0, 'g', 17)
            .arg(area.max_corner().x(), 0, 'g', 17)
            .arg(area.max_corner().y(), 0, 'g', 17)
            .arg(mPostgis->srid);
    OGRLayer *result = connection->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (!result) {
        if (error)
            *error =
                failure(errors.lastError().isEmpty() ? tr("the query failed") : errors.lastError());
        return nullptr; // the connection may be broken: it is not given back
    }
    const OGRFeatureDefn &definition = *result->GetLayerDefn();
    const Fields resultFields = detail::fieldsFrom(definition);
    std::vector<int> schemaIndex;
    for (const Field &field : resultFields)
        schemaIndex.push_back(mSchema->fieldIndex(field.name));
    // The driver may take the key column as the features' ids rather than as a field.
    const int fidField = definition.GetFieldIndex(mPostgis->fidColumn.toUtf8().constData());
    auto collection = std::make_shared<FeatureCollection>(*mSchema);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            connection->ReleaseResultSet(result); // closes the server's cursor
            giveBack(std::move(connection));
            if (error)
                *error = failure(tr("reading was cancelled"));
            return nullptr;
        }
        OgrFeaturePointer feature(result->GetNextFeature());
        if (!feature)
            break;
        const Feature values = detail::attributesFrom(*feature, resultFields);
        Feature &added = collection->features.emplace_back();
        added.id = fidField >= 0 ? feature->GetFieldAsInteger64(fidField) : feature->GetFID();
        added.attributes = QVariantList(collection->fields.size());
        for (std::size_t i = 0; i < schemaIndex.size(); ++i) {
            if (schemaIndex[i] >= 0)
                added.attributes[schemaIndex[i]] = values.attributes[qsizetype(i)];
        }
        appendOgr(collection->geometries, feature->GetGeometryRef());
    }
    connection->ReleaseResultSet(result);
    if (!errors.lastError().isEmpty()) {
        if (error)
            *error = failure(postgis::withoutPassword(errors.lastError()));
        return nullptr;
    }
    giveBack(std::move(connection));
    collection->geometries.shrinkToFit();
    return collection;
}

} // namespace gis
