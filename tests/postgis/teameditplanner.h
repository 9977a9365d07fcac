#pragma once

#include "bundledproject.h"
#include "pgtestserver.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"
#include "data/vectordataset.h"
#include "editing/commands/changeattributecommand.h"
#include "editing/commands/featurecommands.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "geometry/vertexedit.h"
#include "postgis/pgsql.h"
#include "postgis/pgversioning.h"

#include <QTemporaryDir>

#include <gdal_priv.h>

namespace testing {

// A table of three square zones (counter-clockwise, as valid zones are), fid 1–3 named "zone
// 1"…"zone 3", with feature versions (PgVersioning::install, as publish leaves every table), made
// anew for each test.
inline bool makeZonesTable(const PgTestServer &server, const QString &table, bool versioned = true)
{
    const QString name = gis::postgis::quoteIdentifier(table);
    if (!server.psql(QStringLiteral(
                         "DROP TABLE IF EXISTS %1; CREATE TABLE %1 (fid serial PRIMARY "
                         "KEY, name text, geom geometry(Polygon, 4326)); INSERT INTO %1 "
                         "(name, geom) SELECT 'zone ' || i, ST_ForcePolygonCCW(ST_MakeEnvelope(125 "
                         "+ i, 43, 125.5 + i, 43.5, 4326)) FROM generate_series(1, 3) i")
                         .arg(name)))
        return false;
    if (!versioned)
        return true;
    gis::ensureGdalRegistered();
    gis::GdalDatasetPointer dataset(GDALDataset::Open(server.datasetName().toUtf8().constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                      nullptr, nullptr));
    QString error;
    const bool installed = dataset && gis::postgis::PgVersioning::install(
                                          *dataset, {QStringLiteral("public"), table}, &error);
    if (!installed)
        qWarning("cannot install versions on %s: %s", qPrintable(table), qPrintable(error));
    return installed;
}

// The largest x of a feature's geometry, as the server holds it (3 decimals).
inline QString serverXMax(const PgTestServer &server, const QString &table, qint64 fid)
{
    return server
        .psql(QStringLiteral("SELECT round(ST_XMax(geom)::numeric, 3) FROM %1 WHERE fid = %2")
                  .arg(gis::postgis::quoteIdentifier(table))
                  .arg(fid))
        .value_or(QStringLiteral("(psql failed)"));
}

// One planner at a workstation: their own project with the PostGIS layer, their own editing
// session (and journal), as two planmap windows on two machines would be.
class Planner
{
public:
    Planner(const QString &dataset, const QString &table)
        : mProject(bundledProject())
    {
        QString error;
        const auto opened = gis::VectorDataset::open(dataset, &error);
        auto features = opened ? opened->readLayer(table, &error) : std::nullopt;
        if (!features)
            qFatal("%s", qPrintable(error));
        auto layer = std::make_shared<gis::VectorLayer>(
            table, std::make_shared<gis::FeatureCollection>(std::move(*features)));
        layer->setSource({dataset, table});
        layerId = mProject->addLayer(layer);
        editing = std::make_unique<core::LayerEditing>(mProject.get());
        editing->setJournalFolder(mJournals.path());
    }
    ~Planner()
    {
        editing.reset();
        mProject.reset();
    }

    core::EditSession *start(QString *error) { return session = editing->start(layerId, error); }

    // Moves the feature's upper right corner (vertex 2 of an envelope) to x.
    void moveCorner(qint64 fid, double x)
    {
        const gis::Point corner = *gis::vertexAt(*session->geometry(fid), {0, 0, 2});
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 2}}}, {x, corner.y()})
                .release());
    }
    void rename(qint64 fid, const QString &name)
    {
        session->undoStack()->push(new core::ChangeAttributeCommand(
            session, fid, session->base().fieldIndex(QStringLiteral("name")), name));
    }
    void remove(qint64 fid)
    {
        session->undoStack()->push(new core::DeleteFeatureCommand(session, fid));
    }
    bool save(QString *error) { return editing->save(layerId, {QStringLiteral("t"), {}}, error); }
    const gis::VectorLayer &layer() const { return *mProject->layer(layerId); }
    std::optional<gis::Feature> shown(qint64 fid) const
    {
        for (const gis::Feature &feature : layer().features().features) {
            if (feature.id == fid)
                return feature;
        }
        return std::nullopt;
    }
    double shownXMax(qint64 fid) const
    {
        const auto &features = layer().features();
        for (std::size_t i = 0; i < features.features.size(); ++i) {
            if (features.features[i].id == fid)
                return features.envelope(i).max_corner().x();
        }
        return -1;
    }

    QString layerId;
    std::unique_ptr<core::LayerEditing> editing;
    core::EditSession *session = nullptr;

private:
    QTemporaryDir mJournals;
    std::unique_ptr<core::PlanProject> mProject;
};

} // namespace testing
