#include "testregistry.h"

#include "layout/itemgeometry.h"
#include "layout/itemhandles.h"
#include "layout/layoutdocument.h"
#include "layout/layoutsnapper.h"
#include "layout/pagechange.h"
#include "layout/previewrenderer.h"

#include <QImage>
#include <QTest>
#include <QUndoStack>

// The layout editor's pieces without widgets: page changes, handles, snapping and the history.
class tst_layoutediting : public QObject
{
    Q_OBJECT
private slots:
    void turningThePageArrangesEveryKind()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        layout.items.push_back(
            {core::LayoutItemKind::Overview, QRectF(150, 200, 50, 50), true, {}});
        const core::PrintLayout turned = app::PageChange::toPage(
            layout, core::PaperSize::A2, core::PageOrientation::Landscape, {});
        QCOMPARE(turned.pageSizeMm(), QSizeF(594, 420));
        QCOMPARE(turned.items.size(), layout.items.size());
        const core::LayoutItem *overview = turned.item(core::LayoutItemKind::Overview);
        QVERIFY(overview);
        QVERIFY(QRectF(QPointF(), turned.pageSizeMm()).contains(overview->rectMm));
        // Every kind is where a landscape page arranges it, the overview included.
        const core::PrintLayout arranged = core::PrintLayout::arranged(
            {}, core::PaperSize::A2, core::PageOrientation::Landscape, {},
            {core::LayoutItemKind::Overview, core::LayoutItemKind::StatisticsTable});
        QCOMPARE(turned.item(core::LayoutItemKind::Map)->rectMm,
                 arranged.item(core::LayoutItemKind::Map)->rectMm);
        QCOMPARE(overview->rectMm, arranged.item(core::LayoutItemKind::Overview)->rectMm);
    }

    void aCustomPaperTakesItsOwnSize()
    {
        const core::PrintLayout custom =
            app::PageChange::toPage(core::PrintLayout::wallMap(), core::PaperSize::Custom,
                                    core::PageOrientation::Portrait, QSizeF(300, 500));
        QCOMPARE(custom.pageSizeMm(), QSizeF(300, 500));
        for (const core::LayoutItem &item : custom.items)
            QVERIFY(QRectF(0, 0, 300, 500).contains(item.rectMm));
    }

    void itemsAreMovedBackOntoThePage()
    {
        const QSizeF page(210, 297);
        QCOMPARE(app::ItemGeometry::movedOntoPage(QRectF(200, -5, 20, 10), page),
                 QRectF(190, 0, 20, 10));
        QCOMPARE(app::ItemGeometry::movedOntoPage(QRectF(-10, 0, 400, 10), page),
                 QRectF(0, 0, 210, 10));
        QCOMPARE(app::ItemGeometry::clippedToPage(QRectF(200, 290, 30, 30), page),
                 QRectF(200, 290, 10, 7));
    }

    void handlesMoveTheirEdgesOnly()
    {
        const QRectF rect(10, 10, 40, 20);
        QCOMPARE(app::ItemHandles::resized(rect, app::ItemHandles::Right, {5, 7}, 2),
                 QRectF(10, 10, 45, 20));
        QCOMPARE(app::ItemHandles::resized(rect, app::ItemHandles::TopLeft, {5, 5}, 2),
                 QRectF(15, 15, 35, 15));
        // Never turned inside out: the minimum size holds against the fixed edge.
        QCOMPARE(app::ItemHandles::resized(rect, app::ItemHandles::Left, {100, 0}, 2),
                 QRectF(48, 10, 2, 20));
        const QRectF px(100, 100, 80, 40);
        QCOMPARE(app::ItemHandles::at(px, {180, 140}), app::ItemHandles::BottomRight);
        QCOMPARE(app::ItemHandles::at(px, {140, 100}), app::ItemHandles::Top);
        QCOMPARE(app::ItemHandles::at(px, {140, 120}), app::ItemHandles::None);
    }

    void snapsToMarginsAndOtherItems()
    {
        core::PrintLayout layout =
            core::PrintLayout::arranged({}, core::PaperSize::A4, core::PageOrientation::Portrait);
        layout.items = {{core::LayoutItemKind::Title, QRectF(50, 50, 40, 10), true, {}},
                        {core::LayoutItemKind::Legend, QRectF(100, 80, 30, 30), true, {}}};
        const app::LayoutSnapper snapper(layout, 0);
        const double margin = layout.printableRectMm().left();
        // Left edge 1 mm from the margin: moved onto it.
        QCOMPARE(snapper.snapMove(QRectF(margin + 1, 150, 40, 10), 2), QRectF(margin, 150, 40, 10));
        // Right edge near the legend's left edge, top near its top.
        QCOMPARE(snapper.snapMove(QRectF(59, 79, 40, 10), 2), QRectF(60, 80, 40, 10));
        // Far from everything: left alone.
        QCOMPARE(snapper.snapMove(QRectF(40, 150, 40, 10), 2), QRectF(40, 150, 40, 10));
        // A resize snaps only the edge the handle moves.
        QCOMPARE(snapper.snapResize(QRectF(40, 150, 59, 10), app::ItemHandles::Right, 2),
                 QRectF(40, 150, 60, 10));
    }

    void oneDragIsOneStepAndTwoDragsAreTwo()
    {
        app::LayoutDocument document;
        document.load(core::PrintLayout::reportPage());
        const QRectF start = document.layout().items[0].rectMm;
        document.setItemRect(0, start.translated(1, 0), 7);
        document.setItemRect(0, start.translated(2, 0), 7);
        document.setItemRect(0, start.translated(3, 0), 8);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.layout().items[0].rectMm, start.translated(2, 0));
        document.undoStack()->undo();
        QCOMPARE(document.layout().items[0].rectMm, start);
    }

    void typingIsOneStepPerItem()
    {
        app::LayoutDocument document;
        document.load(core::PrintLayout::reportPage());
        const int title = 1;
        QCOMPARE(document.layout().items[title].kind, core::LayoutItemKind::Title);
        const QString before = document.layout().items[title].text;
        document.setItemText(title, QStringLiteral("J"));
        document.setItemText(title, QStringLiteral("Ji"));
        document.setItemText(title, QStringLiteral("Jil"));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.layout().items[title].text, before);
    }

    void aNewerRenderRequestReplacesTheWaitingOneAndTheStaleResultIsDropped()
    {
        app::PreviewRenderer renderer;
        QVector<double> shown;
        connect(&renderer, &app::PreviewRenderer::rendered, this,
                [&](const QImage &image, double dpi) {
                    QVERIFY(!image.isNull());
                    shown << dpi;
                });
        const core::LayoutRenderer page(core::PrintLayout::reportPage(), core::LayoutContent());
        renderer.request(page, 20); // starts at once
        renderer.request(page, 21); // waits…
        renderer.request(page, 22); // …and is replaced
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !renderer.isBusy(), 20000);
        QTest::qWait(100);
        // The first render finished while a newer request waited: only the newest is shown.
        QCOMPARE(shown, QVector<double>{22});
    }

    void undoingAPageChangeKeepsALaterName()
    {
        app::LayoutDocument document;
        document.load(core::PrintLayout::reportPage());
        document.changePage(app::PageChange::toPage(document.layout(), core::PaperSize::A3,
                                                    core::PageOrientation::Portrait, {}),
                            QStringLiteral("page"));
        document.rename(QStringLiteral("Mine"));
        document.undoStack()->undo();
        QCOMPARE(document.layout().paper, core::PaperSize::A4);
        QCOMPARE(document.layout().name, QStringLiteral("Mine"));
    }
};

PLANMAP_TEST(tst_layoutediting)
#include "tst_layoutediting.moc"
