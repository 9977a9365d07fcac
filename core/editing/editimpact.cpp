#include "editimpact.h"

#include "geometry/geodesicmeasure.h"

#include "editsession.h"
#include "project/planproject.h"
#include "statistics/derivedindicators.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include "layer/vectorlayer.h"

#include <QSet>

namespace core {

namespace {

// A zone drawn since the save may have no key yet: its figures still need one to be computed.
QString placeholderKey(qint64 id)
{
    return QStringLiteral("#edited-%1").arg(id);
}

bool isChangeFigure(const ImpactFigure &figure)
{
    return figure.name == derived::areaName() || figure.name.endsWith(u"_count") ||
           figure.name.endsWith(u"_sum");
}

} // namespace

EditImpact::EditImpact(const PlanProject &project, const EditSession &session)
    : mProject(project)
    , mSession(session)
    , mMeasurer(std::make_unique<gis::GeodesicMeasurer>(session.base().crs))
{
    mMeasurer->rememberRecent(8);
}

EditImpact::~EditImpact() = default;

QVector<Indicator> EditImpact::figuresOf(gis::Feature feature) const
{
    const QString layerId = mSession.layerId();
    const StatisticsModel *model = mProject.statisticsModel();
    const StatisticsJoin join = model->joinFor(layerId);
    gis::FeatureCollection zone;
    zone.fields = mSession.base().fields;
    zone.crs = mSession.base().crs;
    const int keyField = zone.fieldIndex(join.keyField());
    if (keyField >= 0 && keyField < feature.attributes.size() &&
        feature.attributes[keyField].toString().isEmpty())
        feature.attributes[keyField] = placeholderKey(feature.id);
    zone.features.push_back(std::move(feature));
    QVector<Indicator> rows = derived::geometryIndicators(zone, join, *mMeasurer);
    for (const SpatialJoinRequest &request : model->spatialJoins()) {
        const gis::VectorLayer *points = mProject.layer(request.pointLayerId);
        if (request.zoneLayerId == layerId && points)
            rows += spatialJoin(zone, join, points->features(), request);
    }
    if (rows.isEmpty())
        return rows;
    // Shares: this zone's figures against the other zones' as they are now.
    // Only the figures measured here have shares that an edit changes; the other zones' come
    // from the model's derived figures as they are now.
    const QString key = rows.front().featureKey;
    QSet<QString> measuredNames;
    for (const Indicator &row : std::as_const(rows))
        measuredNames.insert(row.name);
    QVector<Indicator> table = rows;
    for (const Indicator &row : model->derived().rows()) {
        if (row.layerId == layerId && row.featureKey != key && measuredNames.contains(row.name))
            table.push_back(row);
    }
    const StatisticsTable figures(table);
    QVector<Indicator> shares = derived::groupShares(figures, layerId);
    for (const ShareGroup &group : model->shareGroups()) {
        if (group.layerId == layerId && group.featureKeys.contains(key))
            shares += derived::groupShares(figures, layerId, group.featureKeys, group.name);
    }
    const qsizetype measured = rows.size();
    for (const Indicator &share : shares) {
        const bool ofThisZone = share.featureKey == key;
        const bool ofMeasured =
            std::any_of(rows.begin(), rows.begin() + measured, [&](const Indicator &row) {
                return share.name.startsWith(row.name + u"_share");
            });
        if (ofThisZone && ofMeasured)
            rows.push_back(share);
    }
    return rows;
}

QVector<ImpactFigure> EditImpact::compare(qint64 featureId, const gis::Geometry &geometry) const
{
    QVector<ImpactFigure> figures;
    std::optional<gis::Feature> now = mSession.feature(featureId);
    if (!now)
        return figures;
    now->geometry = geometry;
    for (const Indicator &row : figuresOf(*now))
        figures.push_back({row.name, row.unit, 0, row.value});
    for (const Indicator &row : savedFigures(featureId)) {
        const auto same = std::find_if(figures.begin(), figures.end(), [&](const auto &f) {
            return f.name == row.name && f.unit == row.unit;
        });
        if (same != figures.end())
            same->saved = row.value;
    }
    return figures;
}

// A zone added since the save has none.
const QVector<Indicator> &EditImpact::savedFigures(qint64 featureId) const
{
    if (const auto known = mSaved.find(featureId); known != mSaved.end())
        return known->second;
    QVector<Indicator> &figures = mSaved[featureId];
    const gis::FeatureCollection &base = mSession.base();
    for (std::size_t i = 0; i < base.features.size(); ++i) {
        if (base.features[i].id != featureId)
            continue;
        gis::Feature saved = base.features[i];
        saved.geometry = base.geometry(i);
        figures = figuresOf(std::move(saved));
        break;
    }
    return figures;
}

QString EditImpact::changeText(const QVector<ImpactFigure> &figures, const QLocale &locale)
{
    QStringList changes;
    for (const ImpactFigure &figure : figures) {
        const double change = figure.change();
        const QString magnitude = UnitFormat::format(std::abs(change), figure.unit, locale);
        if (!isChangeFigure(figure) || magnitude == UnitFormat::format(0, figure.unit, locale))
            continue; // too small to show is no change
        const QString sign = change > 0 ? QStringLiteral("+") : QStringLiteral("−");
        if (figure.name == derived::areaName())
            changes << sign + magnitude;
        else
            changes << tr("%1%2 %3").arg(
                sign, magnitude,
                IndicatorNames::displayName(figure.name.left(figure.name.lastIndexOf(u'_'))));
    }
    return changes.isEmpty() ? tr("no change") : changes.join(tr(", "));
}

} // namespace core
