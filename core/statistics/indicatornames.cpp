#include "indicatornames.h"

#include <QHash>
#include <QRegularExpression>

namespace core {

namespace {

struct KnownIndicator
{
    const char *key;
    const char *name;
};

// The indicators of the bundled statistics (resources/data/sources/statistics.csv) and those
// the engine derives.
constexpr KnownIndicator kKnown[] = {
    {"area_km2", QT_TRANSLATE_NOOP("IndicatorNames", "Area")},
    {"perimeter_km", QT_TRANSLATE_NOOP("IndicatorNames", "Perimeter")},
    {"auto_industry_output_value", QT_TRANSLATE_NOOP("IndicatorNames", "Auto industry output")},
    {"auto_industry_output_yoy",
     QT_TRANSLATE_NOOP("IndicatorNames", "Auto industry output, year on year")},
    {"belt_and_road_share_of_trade",
     QT_TRANSLATE_NOOP("IndicatorNames", "Belt and Road share of trade")},
    {"belt_and_road_visiting_countries",
     QT_TRANSLATE_NOOP("IndicatorNames", "Belt and Road countries visiting")},
    {"belt_and_road_visiting_enterprises",
     QT_TRANSLATE_NOOP("IndicatorNames", "Belt and Road enterprises visiting")},
    {"belt_and_road_visitors", QT_TRANSLATE_NOOP("IndicatorNames", "Belt and Road visitors")},
    {"canton_fair_purchasers", QT_TRANSLATE_NOOP("IndicatorNames", "Canton Fair purchasers")},
    {"canton_fair_trade", QT_TRANSLATE_NOOP("IndicatorNames", "Canton Fair trade")},
    {"canton_fair_trade_belt_and_road",
     QT_TRANSLATE_NOOP("IndicatorNames", "Canton Fair trade with Belt and Road countries")},
    {"ciie_procurement_enterprises",
     QT_TRANSLATE_NOOP("IndicatorNames", "CIIE procurement enterprises")},
    {"college_graduates", QT_TRANSLATE_NOOP("IndicatorNames", "College graduates")},
    {"contracted_projects", QT_TRANSLATE_NOOP("IndicatorNames", "Contracted projects")},
    {"contracted_projects_value", QT_TRANSLATE_NOOP("IndicatorNames", "Contracted project value")},
    {"contribution_to_economic_growth",
     QT_TRANSLATE_NOOP("IndicatorNames", "Contribution to economic growth")},
    {"contribution_to_industrial_growth",
     QT_TRANSLATE_NOOP("IndicatorNames", "Contribution to industrial growth")},
    {"departures_per_week", QT_TRANSLATE_NOOP("IndicatorNames", "Departures per week")},
    {"enterprises_acquired_abroad",
     QT_TRANSLATE_NOOP("IndicatorNames", "Enterprises acquired abroad")},
    {"enterprises_helped_raise_funds",
     QT_TRANSLATE_NOOP("IndicatorNames", "Enterprises helped to raise funds")},
    {"faw_made_growth_above_national",
     QT_TRANSLATE_NOOP("IndicatorNames", "FAW output growth above the national rate")},
    {"faw_sold_growth_above_national",
     QT_TRANSLATE_NOOP("IndicatorNames", "FAW sales growth above the national rate")},
    {"faw_vehicles_made", QT_TRANSLATE_NOOP("IndicatorNames", "FAW vehicles made")},
    {"faw_vehicles_made_yoy",
     QT_TRANSLATE_NOOP("IndicatorNames", "FAW vehicles made, year on year")},
    {"faw_vehicles_sold", QT_TRANSLATE_NOOP("IndicatorNames", "FAW vehicles sold")},
    {"faw_vehicles_sold_yoy",
     QT_TRANSLATE_NOOP("IndicatorNames", "FAW vehicles sold, year on year")},
    {"foreign_investment_projects_signed",
     QT_TRANSLATE_NOOP("IndicatorNames", "Foreign investment projects signed")},
    {"gdp_growth", QT_TRANSLATE_NOOP("IndicatorNames", "GDP growth")},
    {"gdp_share_of_city", QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's GDP")},
    {"gdp_share_of_city_yoy",
     QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's GDP, change on a year before")},
    {"import_export_enterprises",
     QT_TRANSLATE_NOOP("IndicatorNames", "Import and export enterprises")},
    {"import_export_value", QT_TRANSLATE_NOOP("IndicatorNames", "Imports and exports")},
    {"import_export_yoy", QT_TRANSLATE_NOOP("IndicatorNames", "Imports and exports, year on year")},
    {"industrial_output_growth", QT_TRANSLATE_NOOP("IndicatorNames", "Industrial output growth")},
    {"industrial_output_growth_above_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Industrial output growth above the city's")},
    {"industrial_output_share_of_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's industrial output")},
    {"industrial_output_share_of_city_yoy",
     QT_TRANSLATE_NOOP("IndicatorNames",
                       "Share of the city's industrial output, change on a year before")},
    {"international_cooperation_parks",
     QT_TRANSLATE_NOOP("IndicatorNames", "International cooperation parks")},
    {"investment", QT_TRANSLATE_NOOP("IndicatorNames", "Investment")},
    {"investment_growth", QT_TRANSLATE_NOOP("IndicatorNames", "Investment growth")},
    {"investment_growth_above_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Investment growth above the city's")},
    {"investment_projects_settled",
     QT_TRANSLATE_NOOP("IndicatorNames", "Investment projects settled")},
    {"jilin1_satellites_in_orbit",
     QT_TRANSLATE_NOOP("IndicatorNames", "Jilin-1 satellites in orbit")},
    {"kinds_of_commodities_exported",
     QT_TRANSLATE_NOOP("IndicatorNames", "Kinds of commodities exported")},
    {"kinds_of_commodities_imported",
     QT_TRANSLATE_NOOP("IndicatorNames", "Kinds of commodities imported")},
    {"land_share_of_city", QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's land")},
    {"months_from_planning_to_construction",
     QT_TRANSLATE_NOOP("IndicatorNames", "Months from planning to construction")},
    {"national_rank_of_comprehensive_bonded_areas",
     QT_TRANSLATE_NOOP("IndicatorNames", "National rank among comprehensive bonded areas")},
    {"new_projects", QT_TRANSLATE_NOOP("IndicatorNames", "New projects")},
    {"pillar_industries", QT_TRANSLATE_NOOP("IndicatorNames", "Pillar industries")},
    {"pillar_industries_per_plate_max",
     QT_TRANSLATE_NOOP("IndicatorNames", "Pillar industries per plate, at most")},
    {"planned_investment_share_of_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's planned investment")},
    {"project_size_threshold", QT_TRANSLATE_NOOP("IndicatorNames", "Project size threshold")},
    {"projects_share_of_city", QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's projects")},
    {"projects_signed_on_unveiling_day",
     QT_TRANSLATE_NOOP("IndicatorNames", "Projects signed on the unveiling day")},
    {"projects_started", QT_TRANSLATE_NOOP("IndicatorNames", "Projects started")},
    {"projects_total_investment",
     QT_TRANSLATE_NOOP("IndicatorNames", "Total investment of projects")},
    {"projects_under_construction",
     QT_TRANSLATE_NOOP("IndicatorNames", "Projects under construction")},
    {"quarters_of_growth_above_7_percent",
     QT_TRANSLATE_NOOP("IndicatorNames", "Quarters of growth above 7 %")},
    {"rok_provinces_and_cities_linked",
     QT_TRANSLATE_NOOP("IndicatorNames", "ROK provinces and cities linked")},
    {"special_debt_share_of_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's special bonds")},
    {"standard_plants_share_of_city",
     QT_TRANSLATE_NOOP("IndicatorNames", "Share of the city's standard plants")},
    {"top500_companies_in_exchanges",
     QT_TRANSLATE_NOOP("IndicatorNames", "Top 500 companies in exchanges")},
    {"trading_partner_countries", QT_TRANSLATE_NOOP("IndicatorNames", "Trading partner countries")},
    {"video_links_with_rok", QT_TRANSLATE_NOOP("IndicatorNames", "Video links with the ROK")},
};

struct DerivedSuffix
{
    const char *suffix;
    const char *pattern;
};

constexpr DerivedSuffix kDerived[] = {
    {"_per_km2", QT_TRANSLATE_NOOP("IndicatorNames", "%1 per km²")},
    {"_share", QT_TRANSLATE_NOOP("IndicatorNames", "%1, share of the total")},
    {"_yoy_change", QT_TRANSLATE_NOOP("IndicatorNames", "%1, change on the previous period")},
    {"_count", QT_TRANSLATE_NOOP("IndicatorNames", "%1, count inside")},
    {"_sum", QT_TRANSLATE_NOOP("IndicatorNames", "%1, sum inside")},
    {"_mean", QT_TRANSLATE_NOOP("IndicatorNames", "%1, mean inside")},
};

const char *knownName(const QString &indicator)
{
    static const QHash<QString, const char *> names = [] {
        QHash<QString, const char *> table;
        for (const KnownIndicator &known : kKnown)
            table.insert(QLatin1String(known.key), known.name);
        return table;
    }();
    return names.value(indicator, nullptr);
}

} // namespace

QString IndicatorNames::displayName(const QString &indicator)
{
    if (const char *name = knownName(indicator))
        return tr(name);
    // A named share group: "<figure>_share_of_<group>".
    const QLatin1String shareOf("_share_of_");
    if (const qsizetype at = indicator.indexOf(shareOf); at > 0) {
        QString group = indicator.mid(at + shareOf.size());
        group.replace(QLatin1Char('_'), QLatin1Char(' '));
        return tr("%1, share of %2").arg(displayName(indicator.left(at)), group);
    }
    for (const DerivedSuffix &derived : kDerived) {
        const QLatin1String suffix(derived.suffix);
        if (indicator.endsWith(suffix) && indicator.size() > suffix.size())
            return tr(derived.pattern).arg(displayName(indicator.chopped(suffix.size())));
    }
    QString spaced = indicator;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spaced;
}

bool IndicatorNames::isWellFormedPart(const QString &name)
{
    static const QRegularExpression word(QStringLiteral("^[\\p{L}\\p{N}_]+$"));
    return word.match(name).hasMatch();
}

} // namespace core
