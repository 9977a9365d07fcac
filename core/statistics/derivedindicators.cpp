#include "derivedindicators.h"

#include "unitformat.h"

#include "data/featurecollection.h"
#include "geometry/geodesicmeasure.h"

#include <QHash>
#include <QRegularExpression>

namespace core::derived {

namespace {

Indicator derivedFrom(const Indicator &base, const QString &name, double value, const QString &unit,
                      const QString &how)
{
    Indicator row;
    row.layerId = base.layerId;
    row.featureKey = base.featureKey;
    row.name = name;
    row.value = value;
    row.unit = unit;
    row.period = base.period;
    row.sourceFile = QStringLiteral("planmap");
    row.quote = how;
    row.derived = true;
    return row;
}

Indicator measured(const QString &layerId, const QString &key, const QString &name, double value,
                   const QString &unit)
{
    Indicator base;
    base.layerId = layerId;
    base.featureKey = key;
    return derivedFrom(base, name, value, unit,
                       QStringLiteral("geodesic, WGS 84 ellipsoid (PROJ geodesic.h)"));
}

} // namespace

QVector<Indicator> geometryIndicators(const gis::FeatureCollection &features,
                                      const StatisticsJoin &join)
{
    return geometryIndicators(features, join, gis::GeodesicMeasurer(features.crs));
}

QVector<Indicator> geometryIndicators(const gis::FeatureCollection &features,
                                      const StatisticsJoin &join,
                                      const gis::GeodesicMeasurer &measurer)
{
    QVector<Indicator> rows;
    if (!join.appliesTo(features))
        return rows;
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        const QString key = join.keyOf(features, i);
        const gis::Geometry geometry = features.geometry(i);
        const auto size = key.isEmpty() ? std::nullopt : measurer.measure(geometry);
        if (!size)
            continue;
        switch (gis::geometryKind(geometry)) {
        case gis::GeometryKind::Polygon:
            rows.push_back(measured(join.layerId(), key, areaName(), size->areaSquareMetres / 1e6,
                                    QStringLiteral("km2")));
            rows.push_back(measured(join.layerId(), key, perimeterName(), size->lengthMetres / 1e3,
                                    QStringLiteral("km")));
            break;
        case gis::GeometryKind::Line:
            rows.push_back(measured(join.layerId(), key, lengthName(), size->lengthMetres / 1e3,
                                    QStringLiteral("km")));
            break;
        default:
            break;
        }
    }
    return rows;
}

bool isSummable(const Indicator &figure)
{
    static const QRegularExpression perSomething(QStringLiteral("\\bper\\b"));
    return UnitFormat::isAdditive(figure.unit) && figure.unit != u"km2" &&
           !figure.name.contains(QStringLiteral("_per_")) &&
           !perSomething.match(figure.qualifier).hasMatch();
}

// "A plate's share of the four plates' area" means something; shares of shares do not.
bool isShareable(const Indicator &figure)
{
    if (!figure.derived)
        return isSummable(figure);
    return figure.name == u"area_km2" || figure.name.endsWith(u"_count") ||
           figure.name.endsWith(u"_sum");
}

QVector<Indicator> perAreaIndicators(const StatisticsTable &figures, const StatisticsTable &areas)
{
    QHash<QString, double> areaByFeature;
    for (const Indicator &row : areas.rows()) {
        if (row.name == areaName() && row.value > 0)
            areaByFeature.insert(row.layerId + u'\n' + row.featureKey, row.value);
    }
    QVector<Indicator> rows;
    for (const Indicator &row : figures.rows()) {
        const auto area = areaByFeature.constFind(row.layerId + u'\n' + row.featureKey);
        if (row.derived || area == areaByFeature.constEnd() || !isSummable(row))
            continue;
        rows.push_back(derivedFrom(row, row.name + QStringLiteral("_per_km2"), row.value / *area,
                                   row.unit + QStringLiteral("/km2"),
                                   QStringLiteral("%1 / area_km2").arg(row.name)));
    }
    return rows;
}

QVector<Indicator> groupShares(const StatisticsTable &figures, const QString &layerId,
                               const QStringList &groupKeys, const QString &groupName)
{
    const QString suffix =
        groupName.isEmpty() ? QStringLiteral("_share") : QStringLiteral("_share_of_") + groupName;
    QHash<QString, QVector<Indicator>> groups; // by indicator, unit and period
    for (const Indicator &row : figures.rows()) {
        if (row.layerId != layerId || !isShareable(row) ||
            (!groupKeys.isEmpty() && !groupKeys.contains(row.featureKey)))
            continue;
        groups[row.name + u'\n' + row.unit + u'\n' + row.period].push_back(row);
    }
    QVector<Indicator> rows;
    for (const QVector<Indicator> &members : std::as_const(groups)) {
        double total = 0;
        for (const Indicator &row : members)
            total += row.value;
        if (members.size() < 2 || total == 0)
            continue;
        for (const Indicator &row : members)
            rows.push_back(derivedFrom(
                row, row.name + suffix, 100 * row.value / total, QStringLiteral("percent"),
                QStringLiteral("%1 / sum over %2 features").arg(row.name).arg(members.size())));
    }
    return rows;
}

QString previousYearPeriod(const QString &period)
{
    static const QRegularExpression leadingYear(QStringLiteral("^(\\d{4})(.*)$"));
    const auto match = leadingYear.match(period);
    if (!match.hasMatch())
        return {};
    return QString::number(match.captured(1).toInt() - 1) + match.captured(2);
}

QVector<Indicator> yearOnYearChanges(const StatisticsTable &figures)
{
    QHash<QString, const Indicator *> byIdentity;
    for (const Indicator &row : figures.rows()) {
        if (!row.derived)
            byIdentity.insert(StatisticsTable::identityOf(row), &row);
    }
    QVector<Indicator> rows;
    for (const Indicator &row : figures.rows()) {
        const QString earlier = previousYearPeriod(row.period);
        if (earlier.isEmpty() || row.derived)
            continue;
        Indicator key = row;
        key.period = earlier;
        const Indicator *before = byIdentity.value(StatisticsTable::identityOf(key));
        if (!before || before->unit != row.unit)
            continue;
        const QString how = QStringLiteral("%1 %2 against %3").arg(row.name, row.period, earlier);
        if (row.unit == u"percent")
            rows.push_back(derivedFrom(row, row.name + QStringLiteral("_yoy_change"),
                                       row.value - before->value,
                                       QStringLiteral("percentage_points"), how));
        else if (before->value != 0)
            rows.push_back(derivedFrom(row, row.name + QStringLiteral("_yoy_change"),
                                       100 * (row.value - before->value) / before->value,
                                       QStringLiteral("percent"), how));
    }
    return rows;
}

} // namespace core::derived
