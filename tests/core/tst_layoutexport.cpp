#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "layout/layoutexporter.h"
#include "project/planproject.h"

#include "render/maprenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPdfDocument>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gdal.h>

namespace {

core::LayoutExporter exporterFor(const core::PlanProject &project, const core::PrintLayout &layout)
{
    return core::LayoutExporter(
        core::LayoutRenderer(layout, core::LayoutContent::fromProject(project, layout)));
}

// PNG through Qt, TIFF through GDAL (Qt's TIFF plugin is optional).
QImage readImage(const QString &path)
{
    if (!path.endsWith(u".tif"))
        return QImageReader(path).read();
    GDALDatasetH dataset = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!dataset || GDALGetRasterCount(dataset) != 3)
        return {};
    QImage image(GDALGetRasterXSize(dataset), GDALGetRasterYSize(dataset), QImage::Format_RGB888);
    int bands[] = {1, 2, 3};
    const CPLErr read = GDALDatasetRasterIO(dataset, GF_Read, 0, 0, image.width(), image.height(),
                                            image.bits(), image.width(), image.height(), GDT_Byte,
                                            3, bands, 3, image.bytesPerLine(), 1);
    GDALClose(dataset);
    return read == CE_None ? image : QImage();
}

// Millimetres in PDF points.
double points(double mm)
{
    return mm / 25.4 * 72.0;
}

} // namespace

class tst_layoutexport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mProject = testing::bundledProject();
        QVERIFY(mFolder.isValid());
    }

    void content()
    {
        const core::LayoutContent content =
            core::LayoutContent::fromProject(*mProject, core::PrintLayout::wallMap());
        QVERIFY(!content.map.layers.empty());
        QCOMPARE(content.legend.size(),
                 std::size_t(std::count_if(content.map.layers.begin(), content.map.layers.end(),
                                           [](const gis::LayerSnapshot &layer) {
                                               return layer.kind == gis::LayerKind::Vector;
                                           })));
        QVERIFY(content.citedSeeds.contains(QStringLiteral("002_43f3953580f3cd6d.txt")));
        QVERIFY(content.attribution.contains(QStringLiteral("Natural Earth")));
    }

    void pdf()
    {
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        const QString path = mFolder.filePath(QStringLiteral("wall.pdf"));
        QString error;
        QStringList problems;
        QVERIFY2(exporterFor(*mProject, layout).write(path, 300, &error, &problems),
                 qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 1);
        const QSizeF page = document.pagePointSize(0);
        QVERIFY2(std::abs(page.width() - points(420)) < 1 &&
                     std::abs(page.height() - points(297)) < 1,
                 qPrintable(QStringLiteral("%1 × %2 pt").arg(page.width()).arg(page.height())));
        const QString text = document.getAllText(0).text();
        QVERIFY2(text.contains(layout.item(core::LayoutItemKind::Title)->text), qPrintable(text));
        const core::LayoutContent content = core::LayoutContent::fromProject(*mProject, layout);
        QVERIFY(text.contains(content.legend.front().layerTitle));
        QVERIFY2(text.contains(QStringLiteral("002_43f3953580f3cd6d.txt")), qPrintable(text));
        // Vector geometry and subset fonts: far below the 20 MB the issue allows.
        QVERIFY2(QFileInfo(path).size() < 20 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(path).size())));
    }

    // A thematic map's classes reach the legend, and the PDF's text.
    void thematicLegend()
    {
        auto project = testing::bundledProject();
        core::ThematicSpec spec;
        spec.layerId = QStringLiteral("counties");
        spec.kind = gis::StyleKind::Categorized;
        spec.field = QStringLiteral("prefecture_en");
        spec.ramp = QStringLiteral("OkabeIto");
        project->setLayerTheme(spec.layerId, spec);
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        const core::LayoutContent content = core::LayoutContent::fromProject(*project, layout);
        const auto counties = std::find_if(
            content.legend.begin(), content.legend.end(), [&](const core::LegendBlock &block) {
                return block.layerTitle == project->layer(spec.layerId)->title();
            });
        QVERIFY(counties != content.legend.end());
        QVERIFY(counties->legend.entries.size() >= 9); // Jilin's nine prefectures
        const QString path = mFolder.filePath(QStringLiteral("themed.pdf"));
        QString error;
        QVERIFY2(exporterFor(*project, layout).write(path, 150, &error), qPrintable(error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        const QString text = document.getAllText(0).text();
        for (const gis::LegendEntry &entry : counties->legend.entries)
            QVERIFY2(text.contains(entry.label), qPrintable(entry.label));
    }

    // A layer the frame's scale hides has no legend entry; at a scale it shows at, it has.
    void legendLeavesOutLayersHiddenAtTheFrameScale()
    {
        auto project = testing::bundledProject();
        core::PrintLayout layout = core::PrintLayout::wallMap();
        const QString counties = QStringLiteral("counties");
        const QString title = project->layer(counties)->title();
        const auto listed = [&](const core::PrintLayout &page) {
            const core::LayoutRenderer renderer(page,
                                                core::LayoutContent::fromProject(*project, page));
            const auto shown = renderer.shownLegend();
            return std::any_of(shown.begin(), shown.end(), [&](const core::LegendBlock *block) {
                return block->layerTitle == title;
            });
        };
        QVERIFY(listed(layout));
        const double scale =
            core::LayoutRenderer(layout, core::LayoutContent::fromProject(*project, layout))
                .scaleDenominator()
                .value();
        project->setLayerScaleRange(counties, gis::ScaleRange{0, scale / 2}); // zoom in to see
        QVERIFY(!listed(layout));
        layout.map.scaleDenominator = scale / 4;
        QVERIFY(listed(layout));
        // And the PDF's text agrees.
        layout.map.scaleDenominator.reset();
        const QString path = mFolder.filePath(QStringLiteral("hidden.pdf"));
        QString error;
        QVERIFY2(exporterFor(*project, layout).write(path, 100, &error), qPrintable(error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QVERIFY(!document.getAllText(0).text().contains(title));
    }

    // The frame at screen and at print resolution shows the same labels at the same places
    // on the map: the label engine is proportional to the dpi, and the frame keeps its extent.
    void labelsAreTheSameAtEveryDpi()
    {
        const core::PrintLayout layout = core::PrintLayout::reportPage();
        const core::LayoutRenderer renderer(layout,
                                            core::LayoutContent::fromProject(*mProject, layout));
        const std::atomic_bool cancel = false;
        std::vector<std::map<QString, QPointF>> placed;
        for (double dpi : {96.0, 300.0}) {
            const gis::MapSettings frame = renderer.frameSettings(dpi);
            const gis::RenderResult result = gis::MapRenderer(frame).renderImage(cancel);
            std::map<QString, QPointF> labels; // label centres in millimetres on the frame
            for (const gis::PlacedLabel &label : result.labels)
                labels[label.text] = label.box.center() * 25.4 / dpi;
            placed.push_back(labels);
        }
        QVERIFY(placed[0].size() > 20);
        QCOMPARE(placed[0].size(), placed[1].size());
        for (const auto &[text, centre] : placed[0]) {
            QVERIFY2(placed[1].count(text), qPrintable(text));
            const QPointF moved = placed[1].at(text) - centre;
            QVERIFY2(std::hypot(moved.x(), moved.y()) < 0.5, qPrintable(text)); // mm
        }
    }

    void chineseTextIsSelectable()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        layout.item(core::LayoutItemKind::Title)->text =
            QStringLiteral("吉林省“一主六双”产业空间布局");
        const QString path = mFolder.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(exporterFor(*mProject, layout).write(path, 150, &error), qPrintable(error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        const QSizeF page = document.pagePointSize(0);
        QVERIFY(std::abs(page.width() - points(210)) < 1 &&
                std::abs(page.height() - points(297)) < 1);
        // Qt maps some glyphs back to a Kangxi radical (⼀ for 一) in the PDF's ToUnicode table,
        // as their font shares the glyph; compatibility normalisation reads them as meant.
        const QString text =
            document.getAllText(0).text().normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("一主六双")), qPrintable(text.left(200)));
    }

    void image_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("size");
        // A4 portrait: 210 × 297 mm.
        QTest::newRow("png 100 dpi") << QStringLiteral("page.png") << 100.0 << QSize(827, 1169);
        QTest::newRow("tif 72 dpi") << QStringLiteral("page.tif") << 72.0 << QSize(595, 842);
    }

    void image()
    {
        QFETCH(QString, file);
        QFETCH(double, dpi);
        QFETCH(QSize, size);
        const QString path = mFolder.filePath(file);
        QString error;
        QVERIFY2(exporterFor(*mProject, core::PrintLayout::reportPage()).write(path, dpi, &error),
                 qPrintable(error));
        const QImage image = readImage(path);
        QCOMPARE(image.size(), size);
        // The map is drawn: the frame's centre is not blank page.
        const QRectF map = core::PrintLayout::reportPage().item(core::LayoutItemKind::Map)->rectMm;
        const QPoint centre((map.center() / 25.4 * dpi).toPoint());
        int coloured = 0;
        for (int dx = -20; dx <= 20; ++dx) {
            const QColor c = image.pixelColor(centre + QPoint(dx * 5, 0));
            coloured += c != QColor(Qt::white);
        }
        QVERIFY(coloured > 20);
    }

    void svg()
    {
        const QString path = mFolder.filePath(QStringLiteral("page.svg"));
        QString error;
        QVERIFY2(exporterFor(*mProject, core::PrintLayout::reportPage()).write(path, 96, &error),
                 qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        // Page units are pixels at the dpi; the page itself is 210 × 297 mm.
        QCOMPARE(renderer.viewBoxF(), QRectF(QPointF(), core::LayoutExporter::imageSize(
                                                            core::PrintLayout::reportPage(), 96)));
    }

    void unwritablePath_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("png") << QStringLiteral("png");
    }

    void unwritablePath()
    {
        QFETCH(QString, suffix);
        const QString path = mFolder.filePath(QStringLiteral("missing/folder/map.") + suffix);
        QString error;
        QVERIFY(!exporterFor(*mProject, core::PrintLayout::reportPage()).write(path, 96, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(mFolder.filePath(QStringLiteral("missing"))));
    }

    void unknownFormat()
    {
        QString error;
        QVERIFY(!exporterFor(*mProject, core::PrintLayout::reportPage())
                     .write(mFolder.filePath(QStringLiteral("map.doc")), 96, &error));
        QVERIFY(error.contains(QStringLiteral(".pdf")));
    }

    void failedExportKeepsTheOldFile()
    {
        const QString path = mFolder.filePath(QStringLiteral("huge.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QString error;
        const core::PrintLayout a0 = core::PrintLayout::arranged(
            QStringLiteral("a0"), core::PaperSize::A0, core::PageOrientation::Portrait);
        QVERIFY(!exporterFor(*mProject, a0).write(path, 2400, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
    QTemporaryDir mFolder;
};

PLANMAP_TEST(tst_layoutexport)
#include "tst_layoutexport.moc"
