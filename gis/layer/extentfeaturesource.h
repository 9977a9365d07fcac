#pragma once

#include "data/featurecollection.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class GDALDataset;
class OGRLayer;

namespace gis {

class ProjectionCache;

// Reads a layer's features one map frame at a time: only those whose bounding box meets the
// frame, with only the fields the drawing needs. Made for database layers (GDAL's PostgreSQL
// driver turns the rectangle into `geom && ST_MakeEnvelope(…)`, which the table's GiST index
// serves), so that a large remote layer shows without being downloaded first and pans without
// a download per frame. Any GDAL vector dataset works.
//
// Each request asks for the frame grown by a margin, and the last few answers are kept: a
// frame inside an area already fetched (a zoom in, a pan within the margin) sends nothing.
// Safe to call from any thread: GDAL datasets are not, so every request takes a connection of
// its own from a small pool.
class ExtentFeatureSource
{
    Q_DECLARE_TR_FUNCTIONS(gis::ExtentFeatureSource)
public:
    // Opens the dataset once to learn the layer's fields, CRS, geometry kind and stated extent;
    // nullptr and a message naming the dataset (never its password) when that fails.
    // `margin` is the share of a frame's width and height added on each side of a request.
    static std::shared_ptr<ExtentFeatureSource> open(const QString &datasetName,
                                                     const QString &layerName, QString *error,
                                                     double margin = 0.25);
    ~ExtentFeatureSource();
    ExtentFeatureSource(const ExtentFeatureSource &) = delete;
    ExtentFeatureSource &operator=(const ExtentFeatureSource &) = delete;

    QString datasetName() const; // without password, as messages show it
    QString layerName() const { return mLayerName; }
    // The layer's fields, CRS, kind and stated extent, with no feature.
    std::shared_ptr<const FeatureCollection> schema() const { return mSchema; }

    // The features whose box meets `box` (in the layer's CRS), in the compact form, with the
    // values of `fields` only (the others empty), wrapped for projection into any map CRS.
    // Frames inside an area fetched before get that answer again. Null with a message when
    // the request fails or `cancel` becomes true (checked between features).
    std::shared_ptr<ProjectionCache> features(const Box &box, const QStringList &fields,
                                              const std::atomic_bool *cancel, QString *error);
    // Every feature with every field: the layer's full collection.
    std::shared_ptr<FeatureCollection> readAll(const std::atomic_bool *cancel, QString *error);

    // Requests sent to the dataset so far (answers from the kept areas are not counted).
    int requestCount() const { return mRequests.load(); }
    // Forgets the kept answers (the data changed on the server).
    void clearCache();

private:
    struct Fetched
    {
        Box area; // what was asked for (the frame and its margin)
        QStringList fields;
        std::shared_ptr<ProjectionCache> features;
    };
    // What a request needs to ask a PostGIS table itself: GDAL's driver reads every column
    // whatever SetIgnoredFields says, so the query names only the columns wanted.
    struct PostgisTable
    {
        QString qualifiedName; // quoted
        QString fidColumn;
        QString geometryColumn;
        QString srid;
    };
    struct DatasetCloser
    {
        void operator()(GDALDataset *dataset) const;
    };
    using Connection = std::unique_ptr<GDALDataset, DatasetCloser>;

    ExtentFeatureSource(const QString &datasetName, const QString &layerName, double margin);
    static std::optional<PostgisTable> describePostgis(GDALDataset &connection, OGRLayer &layer,
                                                       const QString &layerName);
    std::shared_ptr<ProjectionCache> cached(const Box &box, const QStringList &fields);
    bool covers(const Fetched &fetched, const Box &box, const QStringList &fields) const;
    Box withMargin(const Box &box) const;
    Connection takeConnection(QString *error);
    void giveBack(Connection connection);
    // One pass over the layer (filtered by `area` unless it is null); null on failure.
    std::shared_ptr<FeatureCollection> read(const Box *area, const QStringList *fields,
                                            const std::atomic_bool *cancel, QString *error);
    // The same through an SQL query of the table's own columns (PostGIS).
    std::shared_ptr<FeatureCollection> readPostgis(Connection connection, const Box &area,
                                                   const QStringList &fields,
                                                   const std::atomic_bool *cancel, QString *error);
    QString failure(const QString &problem) const;

    QString mDatasetName; // as given (it may hold a password GDAL needs)
    QString mLayerName;
    double mMargin;
    std::shared_ptr<const FeatureCollection> mSchema;
    std::optional<PostgisTable> mPostgis; // set for a PostGIS table with one geometry column
    std::atomic_int mRequests = 0;
    std::mutex mMutex; // guards the two below
    std::vector<Connection> mIdle;
    std::deque<Fetched> mFetched; // most recent first
};

} // namespace gis
