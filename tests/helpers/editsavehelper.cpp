// planmap-editsave-helper DATASET LAYER: makes a large edit to every feature of the layer (moves
// each, renames each, deletes every 50th, adds 20) and saves it with EditWriter, printing
// "saving" just before the save starts and "saved MS" after it. tst_killduringsave kills it
// at chosen moments of the save and checks the dataset it leaves.
#include "data/editwriter.h"
#include "data/vectordataset.h"
#include "geometry/vertexedit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

gis::EditBuffer largeEdit(const gis::FeatureCollection &layer)
{
    gis::EditBuffer edits;
    const int name = layer.fieldIndex(QStringLiteral("name"));
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const gis::Feature &feature = layer.features[i];
        if (i % 50 == 7) {
            edits.deleteFeature(feature.id);
            continue;
        }
        gis::Geometry moved = layer.geometry(i);
        gis::translate(moved, 0.25, 0.125);
        edits.changeGeometry(feature.id, moved);
        if (name >= 0)
            edits.changeAttribute(
                feature.id, name,
                QString(feature.attributes.value(name).toString() + QStringLiteral(" 改")));
    }
    for (int i = 0; i < 20 && !layer.features.empty(); ++i) {
        gis::Feature added = layer.features[std::size_t(i)];
        added.geometry = layer.geometry(std::size_t(i));
        gis::translate(added.geometry, 0.0, -5.0);
        edits.addFeature(added);
    }
    return edits;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() != 3) {
        std::fputs("usage: planmap-editsave-helper DATASET LAYER\n", stderr);
        return 2;
    }
    QString error;
    const auto dataset = gis::VectorDataset::open(args[1], &error);
    auto layer = dataset ? dataset->readLayer(args[2], &error) : std::nullopt;
    if (!layer) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const gis::EditBuffer edits = largeEdit(*layer);
    const gis::LayerSource source{args[1], args[2]};
    const gis::EditAuthor author{QStringLiteral("kill test"),
                                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    if (!gis::EditWriter::write(source, *layer, edits, author, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "saved %lld\n", static_cast<long long>(timer.elapsed()));
    return 0;
}
