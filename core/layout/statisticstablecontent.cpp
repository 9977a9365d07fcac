#include "statisticstablecontent.h"

#include "project/planproject.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace core {

namespace {

// A table a page can hold: three imported figures and the area, which every polygon has and
// which puts the other figures in proportion.
constexpr int kDefaultImportedColumns = 3;
const QString kAreaIndicator = QStringLiteral("area_km2");
const QString kMissing = QStringLiteral("–");

QSet<std::size_t> featuresInView(const gis::VectorLayer &layer, const gis::Box &extent,
                                 const gis::Crs &crs)
{
    QSet<std::size_t> inView;
    QString error;
    const auto projected = layer.projectionCache()->projected(crs, &error);
    if (!projected)
        return inView;
    for (std::size_t i = 0; i < projected->size(); ++i) {
        if (boost::geometry::intersects(projected->envelope(i), extent))
            inView.insert(i);
    }
    return inView;
}

QVector<JoinedFeature> selectedFeatures(const PlanProject &project, const QString &layerId,
                                        const LayoutItem &item, const gis::Box &extent,
                                        const gis::Crs &crs)
{
    QVector<JoinedFeature> features =
        project.statisticsModel()->joined(layerId, project.labelLanguage());
    if (!item.featureKey.isEmpty()) {
        features.removeIf([&](const JoinedFeature &f) { return f.key != item.featureKey; });
    } else if (item.source == TableSource::FeaturesInView) {
        const QSet<std::size_t> inView = featuresInView(*project.layer(layerId), extent, crs);
        features.removeIf([&](const JoinedFeature &f) { return !inView.contains(f.featureIndex); });
    }
    return features;
}

int importedFigureCount(const QVector<JoinedFeature> &features)
{
    int count = 0;
    for (const JoinedFeature &feature : features)
        count += int(std::count_if(feature.indicators.begin(), feature.indicators.end(),
                                   [](const Indicator &figure) { return !figure.derived; }));
    return count;
}

// The visible layer with the most imported figures for the features in view; the topmost
// of equals, as the one a reader sees first.
QString defaultLayer(const PlanProject &project, const gis::Box &extent, const gis::Crs &crs)
{
    const QStringList order = project.drawingOrder(); // bottom first
    QString best;
    int bestCount = 0;
    for (auto id = order.rbegin(); id != order.rend(); ++id) {
        const gis::VectorLayer *layer = project.layer(*id);
        if (!layer || !layer->isVisible())
            continue;
        const int count =
            importedFigureCount(selectedFeatures(project, *id, LayoutItem(), extent, crs));
        if (count > bestCount) {
            best = *id;
            bestCount = count;
        }
    }
    return best;
}

// The imported figures that together cover the most features, picked one by one: each
// time the one the most features not yet covered have (then the one most features have), so
// that a table of the four plates shows a figure of each rather than three of one. Then the
// area, which every polygon has.
QStringList defaultIndicators(const QVector<JoinedFeature> &features)
{
    QHash<QString, QSet<QString>> holders; // indicator → features with a figure of it
    QStringList candidates;                // in order of first appearance
    bool hasArea = false;
    for (const JoinedFeature &feature : features) {
        for (const Indicator &figure : feature.indicators) {
            hasArea = hasArea || figure.name == kAreaIndicator;
            if (figure.derived)
                continue;
            if (!holders.contains(figure.name))
                candidates.push_back(figure.name);
            holders[figure.name].insert(feature.key);
        }
    }
    QStringList chosen;
    QSet<QString> covered;
    while (chosen.size() < kDefaultImportedColumns) {
        QString best;
        qsizetype bestNew = -1, bestAll = -1;
        for (const QString &name : std::as_const(candidates)) {
            if (chosen.contains(name))
                continue;
            const QSet<QString> &with = holders[name];
            const qsizetype fresh = QSet<QString>(with).subtract(covered).size();
            if (fresh > bestNew || (fresh == bestNew && with.size() > bestAll)) {
                best = name;
                bestNew = fresh;
                bestAll = with.size();
            }
        }
        if (best.isEmpty())
            break;
        chosen.push_back(best);
        covered.unite(holders[best]);
    }
    if (hasArea)
        chosen.push_back(kAreaIndicator);
    return chosen;
}

// The latest period of `indicator` among the features (periods start with their year).
QString latestPeriod(const QVector<JoinedFeature> &features, const QString &indicator)
{
    QString latest;
    for (const JoinedFeature &feature : features) {
        for (const Indicator &figure : feature.indicators) {
            if (figure.name == indicator && figure.period > latest)
                latest = figure.period;
        }
    }
    return latest;
}

const Indicator *figureOf(const JoinedFeature &feature, const QString &indicator,
                          const QString &period)
{
    for (const Indicator &figure : feature.indicators) {
        if (figure.name == indicator && figure.period == period)
            return &figure;
    }
    return nullptr;
}

QString formatted(const Indicator &figure)
{
    return UnitFormat::format(figure.value, figure.unit);
}

// Notes where a shown figure comes from: its seed file, or planmap's computation.
void cite(const Indicator &figure, QSet<QString> &seeds, bool &derived)
{
    if (figure.derived)
        derived = true;
    else if (!figure.sourceFile.isEmpty())
        seeds.insert(figure.sourceFile);
}

// A row per feature, a column per indicator in its latest period.
void fillWide(StatisticsTableContent &table, const QVector<JoinedFeature> &features,
              const QStringList &indicators, QSet<QString> &seeds, bool &derived)
{
    table.headers = {StatisticsTableContent::tr("Name")};
    QStringList periods;
    for (const QString &indicator : indicators) {
        periods.push_back(latestPeriod(features, indicator));
        const QString name = IndicatorNames::displayName(indicator);
        table.headers.push_back(periods.back().isEmpty() ? name : name + u'\n' + periods.back());
    }
    for (const JoinedFeature &feature : features) {
        QStringList row{feature.name.isEmpty() ? feature.key : feature.name};
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator *figure = figureOf(feature, indicators[i], periods[i]);
            row.push_back(figure ? formatted(*figure) : kMissing);
            if (figure)
                cite(*figure, seeds, derived);
        }
        table.rows.push_back(row);
    }
}

// A row per figure of one feature, those the sources state before those planmap derives.
void fillLong(StatisticsTableContent &table, const JoinedFeature &feature,
              const QStringList &indicators, QSet<QString> &seeds, bool &derived)
{
    table.title = feature.name.isEmpty() ? feature.key : feature.name;
    table.oneFeature = true;
    table.headers = {StatisticsTableContent::tr("Indicator"), StatisticsTableContent::tr("Value"),
                     StatisticsTableContent::tr("Period")};
    QVector<Indicator> figures = feature.indicators;
    std::stable_partition(figures.begin(), figures.end(),
                          [](const Indicator &figure) { return !figure.derived; });
    // By default the figures the sources state, and the area: derived shares and values per
    // km² of one feature say little without the others beside it.
    const auto wanted = [&](const Indicator &figure) {
        return indicators.isEmpty() ? !figure.derived || figure.name == kAreaIndicator
                                    : indicators.contains(figure.name);
    };
    for (const Indicator &figure : std::as_const(figures)) {
        if (!wanted(figure))
            continue;
        table.rows.push_back({IndicatorNames::displayName(figure.name), formatted(figure),
                              figure.period.isEmpty() ? kMissing : figure.period});
        cite(figure, seeds, derived);
    }
}

QString sourceLineFor(const QStringList &seeds, bool derived)
{
    QStringList parts;
    if (!seeds.isEmpty())
        parts.push_back(StatisticsTableContent::tr("Source: %1").arg(seeds.join(u", ")));
    if (derived)
        parts.push_back(StatisticsTableContent::tr(
            "Areas, shares and other derived figures: computed by planmap."));
    return parts.join(u' ');
}

} // namespace

StatisticsTableContent StatisticsTableContent::fromProject(const PlanProject &project,
                                                           const LayoutItem &item,
                                                           const gis::Box &frameExtent,
                                                           const gis::Crs &frameCrs)
{
    StatisticsTableContent table;
    // Areas and shares are measured off the GUI thread; a printed table needs them in.
    project.statisticsModel()->waitForMeasurements();
    const QString layerId =
        item.layerId.isEmpty() ? defaultLayer(project, frameExtent, frameCrs) : item.layerId;
    const gis::VectorLayer *layer = project.layer(layerId);
    if (!layer) {
        table.note = layerId.isEmpty() ? tr("No figures for the features in view.")
                                       : tr("The project has no layer “%1”.").arg(layerId);
        return table;
    }
    table.title = layer->title().isEmpty() ? layer->id() : layer->title();
    const QVector<JoinedFeature> features =
        selectedFeatures(project, layerId, item, frameExtent, frameCrs);
    QSet<QString> seeds;
    bool derived = false;
    if (!item.featureKey.isEmpty() && !features.isEmpty())
        fillLong(table, features.front(), item.indicators, seeds, derived);
    else
        fillWide(table, features,
                 item.indicators.isEmpty() ? defaultIndicators(features) : item.indicators, seeds,
                 derived);
    if (table.rows.isEmpty())
        table.note = tr("No figures for the features in view.");
    table.citedSeeds = QStringList(seeds.begin(), seeds.end());
    table.citedSeeds.sort();
    table.sourceLine = sourceLineFor(table.citedSeeds, derived);
    return table;
}

} // namespace core
