#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "layout/atlas.h"
#include "project/planproject.h"
#include "project/projectdata.h"

#include <QFileInfo>
#include <QPdfDocument>
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
        QVERIFY2(core::Atlas::writePdf(*mProject, pages, path, 72, &error,
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
        QVERIFY(!core::Atlas::writePdf(*mProject, pages, path, 72, &error,
                                       [](int done, int) { return done < 2; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void unknownLayerIsNamed()
    {
        QString error;
        QVERIFY(core::Atlas::pages(*mProject, core::PrintLayout::reportPage(),
                                   QStringLiteral("nothing"), &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("nothing")));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
};

PLANMAP_TEST(tst_atlas)
#include "tst_atlas.moc"
