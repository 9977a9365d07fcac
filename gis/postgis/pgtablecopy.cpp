#include "pgtablecopy.h"

#include "data/gdalhandles.h"
#include "data/gdalsupport.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <vector>

namespace gis::postgis {

namespace {

// GDAL's first failure while this lives: once a statement fails, PostgreSQL refuses every
// later one in the transaction ("current transaction is aborted"), which says nothing.
class FirstGdalError
{
public:
    FirstGdalError()
    {
        ensureGdalRegistered();
        CPLPushErrorHandlerEx(&FirstGdalError::handler, this);
    }
    ~FirstGdalError() { CPLPopErrorHandler(); }
    FirstGdalError(const FirstGdalError &) = delete;
    FirstGdalError &operator=(const FirstGdalError &) = delete;

    QString message() const { return mMessage; }

private:
    static void CPL_STDCALL handler(CPLErr errorClass, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<FirstGdalError *>(CPLGetErrorHandlerUserData());
        if (self && errorClass >= CE_Failure && message && self->mMessage.isEmpty())
            self->mMessage = QString::fromUtf8(message).trimmed();
    }
    QString mMessage;
};

// GDAL's layer creation options, kept alive for the call.
class CreationOptions
{
public:
    void add(const QString &name, const QString &value)
    {
        mTexts.push_back((name + u'=' + value).toUtf8());
    }
    char **list()
    {
        mPointers.clear();
        for (const QByteArray &text : mTexts)
            mPointers.push_back(const_cast<char *>(text.constData()));
        mPointers.push_back(nullptr);
        return mPointers.data();
    }

private:
    std::vector<QByteArray> mTexts;
    std::vector<char *> mPointers;
};

OGRLayer *createTable(OGRLayer &source, GDALDataset &target, const QString &schema, bool replace)
{
    const bool spatial = source.GetGeomType() != wkbNone;
    CreationOptions options;
    // Names as they are (no lower-casing), in the schema given apart from the name: either
    // may hold dots or quotes, which GDAL quotes as identifiers.
    options.add(QStringLiteral("LAUNDER"), QStringLiteral("NO"));
    options.add(QStringLiteral("EXTRACT_SCHEMA_FROM_LAYER_NAME"), QStringLiteral("NO"));
    options.add(QStringLiteral("SCHEMA"), schema);
    options.add(QStringLiteral("FID"), QLatin1String(PgTableCopy::fidColumn));
    options.add(QStringLiteral("OVERWRITE"),
                replace ? QStringLiteral("YES") : QStringLiteral("NO"));
    if (spatial) {
        options.add(QStringLiteral("GEOMETRY_NAME"), QLatin1String(PgTableCopy::geometryColumn));
        options.add(QStringLiteral("SPATIAL_INDEX"), QStringLiteral("GIST"));
    }
    OGRLayer *table = target.CreateLayer(source.GetName(), source.GetSpatialRef(),
                                         source.GetGeomType(), options.list());
    if (!table)
        return nullptr;
    OGRFeatureDefn *fields = source.GetLayerDefn();
    for (int i = 0; i < fields->GetFieldCount(); ++i) {
        if (table->CreateField(fields->GetFieldDefn(i), FALSE) != OGRERR_NONE)
            return nullptr;
    }
    return table;
}

// A Polygon in a MultiPolygon layer (GeoPackage allows the mix; a PostGIS geometry column
// typed MultiPolygon does not) becomes a one-part MultiPolygon.
void fitGeometryType(OGRFeature &feature, OGRwkbGeometryType layerType)
{
    OGRGeometry *geometry = feature.GetGeometryRef();
    if (!geometry || layerType == wkbUnknown || layerType == wkbNone ||
        geometry->getGeometryType() == layerType)
        return;
    feature.SetGeometryDirectly(
        OGRGeometryFactory::forceTo(feature.StealGeometry(), layerType, nullptr));
}

bool copyFeatures(OGRLayer &source, OGRLayer &table)
{
    std::vector<int> fieldMap(static_cast<std::size_t>(source.GetLayerDefn()->GetFieldCount()));
    for (std::size_t i = 0; i < fieldMap.size(); ++i)
        fieldMap[i] = static_cast<int>(i);
    source.ResetReading();
    for (auto &feature : source) {
        OgrFeaturePointer copy(OGRFeature::CreateFeature(table.GetLayerDefn()));
        if (copy->SetFrom(feature.get(), fieldMap.data(), FALSE) != OGRERR_NONE)
            return false;
        copy->SetFID(feature->GetFID());
        fitGeometryType(*copy, source.GetGeomType());
        if (table.CreateFeature(copy.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

// The FIDs came from the source: the key's sequence continues after the highest, so that a
// feature added later gets a fresh one.
bool continueKeySequence(GDALDataset &target, const TableName &table, QString *error)
{
    const QString key = quoteIdentifier(QLatin1String(PgTableCopy::fidColumn));
    return queryValue(target,
                      QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), "
                                     "coalesce(max(%3), 0) + 1, false) FROM %4")
                          .arg(quoteLiteral(table.qualified()),
                               quoteLiteral(QLatin1String(PgTableCopy::fidColumn)), key,
                               table.qualified()),
                      error)
        .has_value();
}

} // namespace

std::optional<TableName> PgTableCopy::copy(OGRLayer &source, GDALDataset &target,
                                           const QString &schema, bool replace, QString *error)
{
    FirstGdalError errors;
    const TableName table{schema, QString::fromUtf8(source.GetName())};
    OGRLayer *created = createTable(source, target, schema, replace);
    // The rows travel by COPY, whose end is where the server judges them: flushed here, so
    // that its verdict is this table's, not a later statement's.
    const auto rowsAccepted = [&] {
        target.FlushCache();
        return errors.message().isEmpty();
    };
    if (!created || !copyFeatures(source, *created) || created->SyncToDisk() != OGRERR_NONE ||
        !rowsAccepted()) {
        if (error)
            *error = tr("cannot copy %1 into %2: %3")
                         .arg(table.table, table.qualified(), errors.message());
        return std::nullopt;
    }
    QString reason;
    if (!continueKeySequence(target, table, &reason)) {
        if (error)
            *error = tr("cannot copy %1 into %2: %3").arg(table.table, table.qualified(), reason);
        return std::nullopt;
    }
    return table;
}

} // namespace gis::postgis
