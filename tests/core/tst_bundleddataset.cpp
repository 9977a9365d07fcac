#include "geometrytestutils.h"
#include "testdata.h"
#include "testregistry.h"

#include "data/vectordataset.h"
#include "geometry/validity.h"
#include "project/bundledlayers.h"

#include <QDir>
#include <QFile>

#include <set>

namespace {

using testing::Vertex;
using testing::VertexSet;

VertexSet verticesOf(const gis::Geometry &geometry)
{
    return testing::vertexSet(geometry);
}

gis::FeatureCollection bundled(const QString &layer)
{
    return testing::readBundledLayer(layer);
}

// Spike apexes: vertices where a ring runs out and straight back along the same line. They
// bound no area, so no boundary between two counties runs through them, and repair drops them.
VertexSet spikeApexes(std::vector<Vertex> ring)
{
    VertexSet apexes;
    for (bool changed = true; changed && ring.size() >= 3;) {
        changed = false;
        std::vector<Vertex> kept;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const Vertex &a =
                kept.empty() ? ring[(i + ring.size() - 1) % ring.size()] : kept.back();
            const Vertex &b = ring[i], &c = ring[(i + 1) % ring.size()];
            const double ux = b.first - a.first, uy = b.second - a.second;
            const double vx = c.first - b.first, vy = c.second - b.second;
            if (b == a) {
                changed = true;
            } else if (ux * vy - uy * vx == 0.0 && ux * vx + uy * vy < 0.0) {
                apexes.insert(b);
                changed = true;
            } else {
                kept.push_back(b);
            }
        }
        ring = std::move(kept);
    }
    return apexes;
}

VertexSet spikeApexesOf(const gis::Geometry &geometry)
{
    VertexSet apexes;
    for (const gis::Polygon &polygon : std::get<gis::MultiPolygon>(geometry)) {
        std::vector<const gis::Ring *> rings{&polygon.outer()};
        for (const gis::Ring &inner : polygon.inners())
            rings.push_back(&inner);
        for (const gis::Ring *ring : rings) {
            std::vector<Vertex> points;
            for (const gis::Point &p : *ring)
                points.emplace_back(p.x(), p.y());
            const VertexSet found = spikeApexes(points);
            apexes.insert(found.begin(), found.end());
        }
    }
    return apexes;
}

std::map<QString, VertexSet> upstreamCountyVertices(VertexSet &spikes)
{
    std::map<QString, VertexSet> byCode;
    const QDir dir(testing::dataSourceRoot() + QStringLiteral("/upstream/jilin-counties"));
    for (const QString &file : dir.entryList({QStringLiteral("*.geojson")})) {
        const gis::FeatureCollection layer = testing::readLayer(dir.filePath(file));
        for (const gis::Feature &feature : layer.features) {
            byCode[layer.value(feature, QStringLiteral("id")).toString()] =
                verticesOf(feature.geometry);
            const VertexSet apexes = spikeApexesOf(feature.geometry);
            spikes.insert(apexes.begin(), apexes.end());
        }
    }
    return byCode;
}

} // namespace

class tst_bundleddataset : public QObject
{
    Q_OBJECT
private slots:
    void hasSixtyCountiesWithNames()
    {
        const gis::FeatureCollection counties = bundled(QStringLiteral("counties"));
        QCOMPARE(counties.features.size(), std::size_t(60));
        std::set<QString> codes;
        for (const gis::Feature &county : counties.features) {
            const QString code = counties.value(county, QStringLiteral("adcode")).toString();
            QVERIFY2(code.size() == 6 && code.startsWith(QStringLiteral("22")), qPrintable(code));
            codes.insert(code);
            for (const char *field :
                 {"name_zh", "name_en", "prefecture_code", "prefecture_zh", "status", "source"})
                QVERIFY2(!counties.value(county, QString::fromLatin1(field)).toString().isEmpty(),
                         qPrintable(code + QStringLiteral(" lacks ") + QString::fromLatin1(field)));
        }
        QCOMPARE(codes.size(), std::size_t(60));
    }
    void gongzhulingBelongsToChangchun()
    {
        const gis::FeatureCollection counties = bundled(QStringLiteral("counties"));
        const gis::Feature *gongzhuling =
            counties.findByValue(QStringLiteral("name_zh"), QStringLiteral("公主岭市"));
        QVERIFY(gongzhuling);
        QCOMPARE(counties.value(*gongzhuling, QStringLiteral("prefecture_code")).toString(),
                 QStringLiteral("2201"));
        QCOMPARE(counties.value(*gongzhuling, QStringLiteral("prefecture_zh")).toString(),
                 QStringLiteral("长春市"));
        QCOMPARE(counties.value(*gongzhuling, QStringLiteral("former_code")).toString(),
                 QStringLiteral("220381"));
        QCOMPARE(counties.value(*gongzhuling, QStringLiteral("former_prefecture_code")).toString(),
                 QStringLiteral("2203"));
        QCOMPARE(counties.value(*gongzhuling, QStringLiteral("name_en")).toString(),
                 QStringLiteral("Gongzhuling City"));
    }
    void hasNinePrefecturesDissolvedFromCounties()
    {
        const gis::FeatureCollection prefectures = bundled(QStringLiteral("prefectures"));
        const gis::FeatureCollection counties = bundled(QStringLiteral("counties"));
        QCOMPARE(prefectures.features.size(), std::size_t(9));
        int total = 0;
        for (const gis::Feature &prefecture : prefectures.features) {
            const QString code =
                prefecture.attributes.value(prefectures.fieldIndex(QStringLiteral("code")))
                    .toString();
            VertexSet countyVertices;
            int members = 0;
            for (const gis::Feature &county : counties.features) {
                if (counties.value(county, QStringLiteral("prefecture_code")).toString() == code) {
                    const VertexSet v = verticesOf(county.geometry);
                    countyVertices.insert(v.begin(), v.end());
                    ++members;
                }
            }
            QCOMPARE(prefectures.value(prefecture, QStringLiteral("county_count")).toInt(),
                     members);
            total += members;
            // The outline is made of county vertices only: it matches the counties exactly.
            for (const Vertex &v : verticesOf(prefecture.geometry))
                QVERIFY2(countyVertices.count(v), qPrintable(code));
        }
        QCOMPARE(total, 60);
        const gis::Feature *changchun =
            prefectures.findByValue(QStringLiteral("code"), QStringLiteral("2201"));
        QVERIFY(changchun);
        QCOMPARE(prefectures.value(*changchun, QStringLiteral("county_count")).toInt(),
                 11); // 10 + Gongzhuling
    }
    void noInvalidGeometryIsLeft_data()
    {
        QTest::addColumn<QString>("layer");
        for (const char *name : {"countries", "neighbours", "counties", "prefectures",
                                 "layout_areas", "plates", "zones"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void noInvalidGeometryIsLeft()
    {
        QFETCH(QString, layer);
        const gis::FeatureCollection features = bundled(layer);
        for (const gis::Feature &feature : features.features) {
            const gis::Validity validity = gis::checkValidity(feature.geometry);
            QVERIFY2(
                validity.valid,
                qPrintable(
                    QStringLiteral("%1 #%2: %3").arg(layer).arg(feature.id).arg(validity.reason)));
        }
    }
    // Repair cuts rings and drops repeats and spikes but never moves a vertex: every vertex of
    // the boundary two upstream neighbours share is still a vertex of both.
    void sharedBoundariesAreIntact()
    {
        VertexSet spikes;
        const auto upstream = upstreamCountyVertices(spikes);
        QCOMPARE(upstream.size(), std::size_t(60));
        const gis::FeatureCollection counties = bundled(QStringLiteral("counties"));
        std::map<QString, VertexSet> repaired;
        for (const gis::Feature &county : counties.features)
            repaired[counties.value(county, QStringLiteral("adcode")).toString()] =
                verticesOf(county.geometry);
        int adjacentPairs = 0, sharedVertices = 0, lostInBoth = 0;
        QStringList asymmetric;
        for (auto a = upstream.begin(); a != upstream.end(); ++a) {
            for (auto b = std::next(a); b != upstream.end(); ++b) {
                std::vector<Vertex> shared;
                std::set_intersection(a->second.begin(), a->second.end(), b->second.begin(),
                                      b->second.end(), std::back_inserter(shared));
                if (shared.size() < 2)
                    continue;
                ++adjacentPairs;
                for (const Vertex &v : shared) {
                    const bool inA = repaired[a->first].count(v), inB = repaired[b->first].count(v);
                    ++sharedVertices;
                    lostInBoth += !inA && !inB;
                    if (inA != inB && !spikes.count(v))
                        asymmetric << QStringLiteral("%1/%2 (%3, %4)")
                                          .arg(a->first, b->first)
                                          .arg(v.first, 0, 'f', 10)
                                          .arg(v.second, 0, 'f', 10);
                }
            }
        }
        qInfo() << "shared vertices" << sharedVertices << "dropped from both" << lostInBoth
                << "asymmetric" << asymmetric.size();
        QVERIFY2(asymmetric.isEmpty(), qPrintable(asymmetric.join(u'\n')));
        QVERIFY(lostInBoth * 100 < sharedVertices);
        QVERIFY2(adjacentPairs > 100, qPrintable(QString::number(adjacentPairs)));
    }
    void everyPlanningFeatureHasStatusAndSource_data()
    {
        QTest::addColumn<QString>("layer");
        for (const char *name : {"counties", "prefectures", "neighbours", "countries", "cities",
                                 "layout_areas", "layout_lines", "plates", "zones", "corridors"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyPlanningFeatureHasStatusAndSource()
    {
        QFETCH(QString, layer);
        const gis::FeatureCollection features = bundled(layer);
        QVERIFY(!features.features.empty());
        for (const gis::Feature &feature : features.features) {
            const QString status = features.value(feature, QStringLiteral("status")).toString();
            QVERIFY2(
                status == u"administrative" || status == u"schematic" || status == u"planned",
                qPrintable(
                    QStringLiteral("%1 #%2 status '%3'").arg(layer).arg(feature.id).arg(status)));
            QVERIFY(!features.value(feature, QStringLiteral("source")).toString().isEmpty());
            QVERIFY(!features.value(feature, QStringLiteral("name_zh")).toString().isEmpty());
            QVERIFY(!features.value(feature, QStringLiteral("name_en")).toString().isEmpty());
        }
    }
    void plansWithoutPublishedBoundariesAreSchematic_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::newRow("plates") << "plates";
        QTest::newRow("zones") << "zones";
        QTest::newRow("corridors") << "corridors";
        QTest::newRow("layout_lines") << "layout_lines";
    }
    void plansWithoutPublishedBoundariesAreSchematic()
    {
        QFETCH(QString, layer);
        const gis::FeatureCollection features = bundled(layer);
        for (const gis::Feature &feature : features.features) {
            const QString status = features.value(feature, QStringLiteral("status")).toString();
            QVERIFY2(status == u"schematic" || status == u"planned", qPrintable(status));
        }
    }
    void fourPlatesAreThere()
    {
        const gis::FeatureCollection plates = bundled(QStringLiteral("plates"));
        QCOMPARE(plates.features.size(), std::size_t(4));
        for (const char *key :
             {"automobile_town", "innovation_center", "film_town", "china_rok_zone"})
            QVERIFY2(plates.findByValue(QStringLiteral("key"), QString::fromLatin1(key)), key);
    }
    void citiesIncludeTheThirdRingAndCorridorEnds()
    {
        const gis::FeatureCollection cities = bundled(QStringLiteral("cities"));
        for (const char *name :
             {"Changchun", "Jilin", "Gongzhuling", "Harbin", "Shenyang", "Dalian", "Vladivostok",
              "Seoul", "Pyongyang", "Tokyo", "Niigata", "Ulaanbaatar", "Manzhouli", "Hunchun",
              "Zarubino", "Schwarzheide", "Moscow"}) {
            bool found = false;
            for (const gis::Feature &city : cities.features)
                found = found || cities.value(city, QStringLiteral("name_en"))
                                     .toString()
                                     .startsWith(QString::fromLatin1(name));
            QVERIFY2(found, name);
        }
    }
    // The bundled file opens in QGIS as planmap draws it: one default QGIS style per layer,
    // with planmap's colours.
    void everyBundledLayerHasItsQgisStyle()
    {
        const gis::FeatureCollection styles = bundled(QStringLiteral("layer_styles"));
        QCOMPARE(styles.features.size(), std::size_t(core::bundledLayerStyles().size()));
        for (const core::BundledLayerStyle &layer : core::bundledLayerStyles()) {
            const gis::Feature *row =
                styles.findByValue(QStringLiteral("f_table_name"), layer.layerName);
            QVERIFY2(row, qPrintable(layer.layerName));
            QCOMPARE(styles.value(*row, QStringLiteral("useAsDefault")).toInt(), 1);
            const QColor stroke = layer.symbol.strokeColor;
            const QString colour = QStringLiteral("%1,%2,%3,%4")
                                       .arg(stroke.red())
                                       .arg(stroke.green())
                                       .arg(stroke.blue())
                                       .arg(stroke.alpha());
            QVERIFY2(styles.value(*row, QStringLiteral("styleQML")).toString().contains(colour),
                     qPrintable(layer.layerName + u' ' + colour));
        }
    }
};

PLANMAP_TEST(tst_bundleddataset)
#include "tst_bundleddataset.moc"
