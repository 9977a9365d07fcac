#include "bundledproject.h"
#include "testregistry.h"

#include "layout/exportquality.h"
#include "layout/exportsizeestimate.h"
#include "layout/layoutexporter.h"
#include "project/planproject.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPicture>
#include <QTemporaryDir>

namespace {

core::LayoutExporter exporterFor(const core::PlanProject &project, const core::PrintLayout &layout)
{
    return core::LayoutExporter(
        core::LayoutRenderer(layout, core::LayoutContent::fromProject(project, layout)));
}

} // namespace

class tst_exportquality : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mProject = testing::bundledProject();
        QVERIFY(mFolder.isValid());
    }

    void presets()
    {
        QCOMPARE(core::ExportQuality::options(core::QualityPreset::Print).dpi, 300.0);
        QVERIFY(core::ExportQuality::options(core::QualityPreset::Screen).dpi <
                core::ExportQuality::options(core::QualityPreset::Print).dpi);
        QVERIFY(core::ExportQuality::options(core::QualityPreset::Press).dpi >
                core::ExportQuality::options(core::QualityPreset::Print).dpi);
        QCOMPARE(core::ExportQuality::options(core::QualityPreset::Press).simplifyMm, 0.0);
        QVERIFY(core::ExportQuality::options(core::QualityPreset::Screen).simplifyMm >
                core::ExportQuality::options(core::QualityPreset::Print).simplifyMm);
        for (core::QualityPreset preset : core::ExportQuality::all) {
            QCOMPARE(core::ExportQuality::fromName(core::ExportQuality::name(preset)), preset);
            const core::ExportOptions options = core::ExportQuality::options(preset);
            QCOMPARE(core::ExportQuality::matching(options.dpi, options.simplifyMm), preset);
        }
        QVERIFY(!core::ExportQuality::fromName(QStringLiteral("poster")));
        QVERIFY(!core::ExportQuality::matching(250, 0));
    }

    // Simplification makes a PDF smaller at the same resolution, and keeps its text.
    void simplificationShrinksThePdf()
    {
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        const core::LayoutExporter exporter = exporterFor(*mProject, layout);
        core::ExportOptions full;
        full.dpi = 300;
        core::ExportOptions simplified = full;
        simplified.simplifyMm = 0.3;
        const QString fullPath = mFolder.filePath(QStringLiteral("full.pdf"));
        const QString simplePath = mFolder.filePath(QStringLiteral("simplified.pdf"));
        QString error;
        QVERIFY2(exporter.write(fullPath, full, &error), qPrintable(error));
        QVERIFY2(exporter.write(simplePath, simplified, &error), qPrintable(error));
        const qint64 fullSize = QFileInfo(fullPath).size(),
                     simpleSize = QFileInfo(simplePath).size();
        QVERIFY2(simpleSize < fullSize * 0.9,
                 qPrintable(QStringLiteral("%1 → %2 bytes").arg(fullSize).arg(simpleSize)));
        QPdfDocument document;
        QCOMPARE(document.load(simplePath), QPdfDocument::Error::None);
        QVERIFY(
            document.getAllText(0).text().contains(layout.item(core::LayoutItemKind::Title)->text));
    }

    // A vector page keeps only what its frames show: zoomed in on a town, the country's
    // outline is cut to the frame before it reaches the file.
    void vectorOutputKeepsOnlyWhatShows()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        layout.map.extent = gis::Box(gis::Point(125.2, 43.8), gis::Point(125.4, 44.0));
        layout.map.crs = gis::Crs::wgs84();
        core::LayoutRenderer renderer(layout, core::LayoutContent::fromProject(*mProject, layout));
        const auto recorded = [&](bool vector) {
            renderer.setVectorOutput(vector);
            QPicture picture;
            QPainter painter(&picture);
            renderer.render(painter, 300);
            painter.end();
            return picture.size();
        };
        const qint64 whole = recorded(false), cut = recorded(true);
        QVERIFY2(cut * 2 < whole, qPrintable(QStringLiteral("%1 → %2 bytes").arg(whole).arg(cut)));
    }

    // A vector estimate is the file's size; an image estimate is near it and not below it by
    // much.
    void estimatedSizes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("lowest");
        QTest::addColumn<double>("highest");
        QTest::newRow("pdf") << QStringLiteral("pdf") << 300.0 << 0.98 << 1.02;
        QTest::newRow("svg") << QStringLiteral("svg") << 150.0 << 0.98 << 1.02;
        QTest::newRow("png") << QStringLiteral("png") << 300.0 << 0.8 << 2.5;
        QTest::newRow("tif") << QStringLiteral("tif") << 200.0 << 0.8 << 2.5;
    }
    void estimatedSizes()
    {
        QFETCH(QString, suffix);
        QFETCH(double, dpi);
        QFETCH(double, lowest);
        QFETCH(double, highest);
        const core::PrintLayout layout = core::PrintLayout::reportPage();
        const core::LayoutExporter exporter = exporterFor(*mProject, layout);
        core::ExportOptions options;
        options.dpi = dpi;
        const QString path = mFolder.filePath(QStringLiteral("estimated.") + suffix);
        const auto format = core::LayoutExporter::formatForPath(path);
        QVERIFY(format);
        const std::optional<qint64> estimate =
            core::ExportSizeEstimate::bytes(exporter, *format, options);
        QVERIFY(estimate);
        QString error;
        QVERIFY2(exporter.write(path, options, &error), qPrintable(error));
        const double ratio = double(*estimate) / QFileInfo(path).size();
        QVERIFY2(ratio >= lowest && ratio <= highest,
                 qPrintable(QStringLiteral("estimate %1, file %2 bytes")
                                .arg(*estimate)
                                .arg(QFileInfo(path).size())));
        QVERIFY(core::ExportSizeEstimate::described(*estimate).contains(u'B'));
    }

    // A cancelled export says so and leaves no file, and an older file as it was.
    void cancelLeavesNoFile()
    {
        const core::LayoutExporter exporter = exporterFor(*mProject, core::PrintLayout::wallMap());
        const std::atomic_bool cancel = true;
        core::ExportOptions options;
        options.cancel = &cancel;
        const QString path = mFolder.filePath(QStringLiteral("cancelled.png"));
        QString error;
        QVERIFY(!exporter.write(path, options, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")) && error.contains(u"cancelled.png"),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!core::ExportSizeEstimate::bytes(exporter, core::ExportFormat::Pdf, options));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
    QTemporaryDir mFolder;
};

PLANMAP_TEST(tst_exportquality)
#include "tst_exportquality.moc"
