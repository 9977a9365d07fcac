#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "layout/atlas.h"
#include "layout/layoutexporter.h"
#include "project/planproject.h"
#include "project/projectdata.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

// An atlas of the four plates: one page each, the map on the plate, its name as title.
class tst_atlas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mProject = testing::bundledProject();
        QVERIFY(mProject);
        mProject->setLabelLanguage(core::LabelLanguage::English);
    }

    void onePagePerFeatureZoomedToIt()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QVERIFY2(pages.size() == 4, qPrintable(error));
        const auto projected = mProject->layer(QStringLiteral("plates"))
                                   ->projectionCache()
                                   ->projected(mProject->crs(), &error);
        for (int i = 0; i < pages.size(); ++i) {
            const gis::Box &feature = projected->envelope(std::size_t(i));
            const gis::Box &frame = *pages[i].layout.map.extent;
            QVERIFY(frame.min_corner().x() < feature.min_corner().x());
            QVERIFY(frame.max_corner().y() > feature.max_corner().y());
            // Zoomed: the frame is near the feature's size, not the province's.
            QVERIFY(frame.max_corner().x() - frame.min_corner().x() <
                    1.5 * (feature.max_corner().x() - feature.min_corner().x()));
            QCOMPARE(pages[i].layout.item(core::LayoutItemKind::Title)->text, pages[i].featureName);
        }
        QVERIFY(std::any_of(pages.begin(), pages.end(), [](const core::AtlasPage &page) {
            return page.featureName.contains(QStringLiteral("Automobile"));
        }));
    }

    void multiPagePdfWithEachName()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plates.pdf"));
        int reported = 0;
        QVERIFY2(core::Atlas::writePdf(pages, path, core::ExportOptions{72}, &error,
                                       [&](int done, int) {
                                           reported = done;
                                           return true;
                                       }),
                 qPrintable(error));
        QCOMPARE(reported, 4);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const QSizeF page = document.pagePointSize(i);
            QVERIFY(qAbs(page.width() - 210 / 25.4 * 72) < 1); // A4 portrait
            QVERIFY(document.getAllText(i).text().contains(pages[i].featureName));
        }
    }

    void cancelledAtlasLeavesNoFile()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plates.pdf"));
        QVERIFY(!core::Atlas::writePdf(pages, path, core::ExportOptions{72}, &error,
                                       [](int done, int) { return done < 2; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Each page carries its plate's figures, written as the table writes them, and an
    // overview; the text layer of the PDF has them.
    void pagesShowTheFeaturesFigures()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QVERIFY(pages.front().layout.item(core::LayoutItemKind::Overview));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plates.pdf"));
        // At the export's usual resolution: at 72 dpi fonts round up to whole pixels.
        QVERIFY2(core::Atlas::writePdf(pages, path, core::ExportOptions{300}, &error),
                 qPrintable(error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        const auto joined = mProject->statisticsModel()->joined(QStringLiteral("plates"),
                                                                core::LabelLanguage::English);
        const auto squeezed = [](QString text) {
            return text.remove(QRegularExpression(QStringLiteral("\\s")));
        };
        for (int i = 0; i < pages.size(); ++i) {
            const QString text = squeezed(document.getAllText(i).text());
            const core::LayoutItem *table =
                pages[i].layout.item(core::LayoutItemKind::StatisticsTable);
            QCOMPARE(table->featureKey, joined[i].key);
            int imported = 0;
            for (const core::Indicator &figure : joined[i].indicators) {
                if (figure.derived && figure.name != u"area_km2")
                    continue;
                imported += figure.derived ? 0 : 1;
                const QString value = core::UnitFormat::format(figure.value, figure.unit);
                QVERIFY2(text.contains(squeezed(value)),
                         qPrintable(pages[i].featureName + u": " + value));
            }
            QVERIFY(imported > 0);
        }
    }

    // One file per plate, named after it; a cancelled run leaves none.
    void oneFilePerFeature()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QTemporaryDir folder;
        const QString pattern = folder.filePath(QStringLiteral("atlas/{name}.png"));
        QStringList written;
        int reported = 0;
        QVERIFY2(core::Atlas::writeFiles(
                     pages, pattern, core::ExportOptions{20}, &error,
                     [&](int done, int) {
                         reported = done;
                         return true;
                     },
                     &written),
                 qPrintable(error));
        QCOMPARE(reported, 4);
        QStringList expected;
        for (const core::AtlasPage &page : pages)
            expected.push_back(page.featureName + QStringLiteral(".png"));
        expected.sort();
        QDir atlas(folder.filePath(QStringLiteral("atlas")));
        QCOMPARE(atlas.entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(written.size(), 4);
        QCOMPARE(QImage(written.front()).size(),
                 core::LayoutExporter::imageSize(pages.front().layout, 20));

        QTemporaryDir other;
        const QString cancelled = other.filePath(QStringLiteral("{name}.svg"));
        QVERIFY(!core::Atlas::writeFiles(pages, cancelled, core::ExportOptions{20}, &error,
                                         [](int done, int) { return done < 3; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(QDir(other.path()).entryList(QDir::Files), QStringList());
    }

    void fileNamesAreSafeAndUnique()
    {
        QCOMPARE(core::Atlas::safeFileName(QStringLiteral("长春/汽车城: 一期?")),
                 QStringLiteral("长春_汽车城_ 一期_"));
        QCOMPARE(core::Atlas::safeFileName(QStringLiteral(" ..hidden. ")),
                 QStringLiteral("hidden"));
        QCOMPARE(core::Atlas::safeFileName(QStringLiteral("..")), QStringLiteral("_"));
        QVector<core::AtlasPage> pages(3);
        pages[0].featureName = QStringLiteral("园区");
        pages[1].featureName = QStringLiteral("园区");
        pages[2].featureName = QStringLiteral("a|b");
        QCOMPARE(core::Atlas::filePaths(pages, QStringLiteral("out/{name}.pdf")),
                 (QStringList{QStringLiteral("out/园区.pdf"), QStringLiteral("out/园区 (2).pdf"),
                              QStringLiteral("out/a_b.pdf")}));
    }

    void unknownLayerIsNamed()
    {
        QString error;
        QVERIFY(core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                   QStringLiteral("nothing"), &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("nothing")));
    }

    // Each page points its feature out: an orange halo along its boundary on the map.
    void pageHighlightsItsFeature()
    {
        QString error;
        const auto pages = core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                              QStringLiteral("plates"), &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(error));
        const core::AtlasPage &page = pages.front();
        QVERIFY(page.content.highlight);
        const core::LayoutRenderer renderer(page.layout, page.content);
        constexpr double dpi = 100;
        const QPainterPath path = renderer.highlightPath(dpi);
        QVERIFY(!path.isEmpty());
        const QSize size = core::LayoutExporter::imageSize(page.layout, dpi);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderer.render(painter, dpi);
        }
        // A vertex of the feature's boundary, placed by the frame's position on the page.
        const QRectF frame = page.layout.item(core::LayoutItemKind::Map)->rectMm;
        const QPointF onPage =
            QPointF(frame.left() / 25.4 * dpi, frame.top() / 25.4 * dpi) + path.elementAt(0);
        const QColor seen = image.pixelColor(onPage.toPoint());
        // Orange over whatever is beneath: much more red than blue.
        QVERIFY2(
            seen.red() - seen.blue() > 80,
            qPrintable(
                QStringLiteral("%1 at %2,%3").arg(seen.name()).arg(onPage.x()).arg(onPage.y())));
        // The frame holds the whole feature.
        QVERIFY(QRectF(QPointF(), renderer.frameSettings(dpi).outputSize)
                    .contains(path.boundingRect()));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
};

PLANMAP_TEST(tst_atlas)
#include "tst_atlas.moc"
