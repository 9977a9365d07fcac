#include "mapframepanel.h"

#include "layoutdocument.h"

#include "crsselector.h"

#include "crs/coordinatetransform.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace app {

MapFramePanel::MapFramePanel(LayoutDocument *document, CanvasViewSource canvasView, QWidget *parent)
    : QGroupBox(tr("Map frame"), parent)
    , mDocument(document)
    , mCanvasView(std::move(canvasView))
    , mFollow(new QRadioButton(tr("Follow the map canvas"), this))
    , mFixed(new QRadioButton(tr("Fixed extent"), this))
    , mFromCanvas(new QPushButton(tr("Set from canvas"), this))
    , mExtent(new QLabel(this))
    , mFixedScale(new QCheckBox(tr("Fixed scale"), this))
    , mScale(new QSpinBox(this))
    , mCrs(new CrsSelector(this))
{
    mCrs->setToolTip(tr("The map frame's coordinate reference system"));
    mFromCanvas->setToolTip(tr("Take the extent and CRS the map canvas shows now"));
    mExtent->setWordWrap(true);
    mExtent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mScale->setRange(100, 100'000'000);
    mScale->setSingleStep(10'000);
    mScale->setPrefix(QStringLiteral("1:"));
    mScale->setGroupSeparatorShown(true);
    mScale->setKeyboardTracking(false);
    auto *grid = new QGridLayout(this);
    grid->addWidget(mFollow, 0, 0, 1, 2);
    grid->addWidget(mFixed, 1, 0);
    grid->addWidget(mFromCanvas, 1, 1);
    grid->addWidget(mExtent, 2, 0, 1, 2);
    grid->addWidget(mFixedScale, 3, 0);
    grid->addWidget(mScale, 3, 1);
    grid->addWidget(new QLabel(tr("CRS:"), this), 4, 0);
    grid->addWidget(mCrs, 4, 1);
    connect(mCrs, &CrsSelector::crsChosen, this, &MapFramePanel::setCrs);
    connect(mFollow, &QRadioButton::toggled, this, &MapFramePanel::followChosen);
    connect(mFromCanvas, &QPushButton::clicked, this, &MapFramePanel::setFromCanvas);
    connect(mFixedScale, &QCheckBox::toggled, this, &MapFramePanel::scaleEdited);
    connect(mScale, &QSpinBox::valueChanged, this, &MapFramePanel::scaleEdited);
    connect(mDocument, &LayoutDocument::changed, this, &MapFramePanel::refresh);
    refresh();
}

void MapFramePanel::setFromCanvas()
{
    const CanvasView view = mCanvasView();
    core::MapFrameSettings map = mDocument->layout().map;
    map.extent = view.extent;
    map.crs = view.crs;
    mDocument->setMapFrame(map);
}

void MapFramePanel::setCrs(const gis::Crs &crs)
{
    core::MapFrameSettings map = mDocument->layout().map;
    const gis::Crs from = map.crs ? *map.crs : mCanvasView().crs;
    if (map.extent && !from.isEquivalentTo(crs)) {
        const gis::CoordinateTransform transform(from, crs);
        if (!transform.isValid())
            return;
        map.extent = transform.transformBox(*map.extent);
    }
    map.crs = crs;
    mDocument->setMapFrame(map);
}

void MapFramePanel::refresh()
{
    const core::MapFrameSettings &map = mDocument->layout().map;
    const QSignalBlocker blockers[] = {QSignalBlocker(mFollow), QSignalBlocker(mFixed),
                                       QSignalBlocker(mFixedScale), QSignalBlocker(mScale)};
    const bool fixed = map.extent.has_value();
    mFixed->setChecked(fixed);
    mFollow->setChecked(!fixed);
    mExtent->setText(extentText());
    {
        const QSignalBlocker crsBlocker(mCrs);
        mCrs->showCrs(map.crs ? *map.crs : mCanvasView().crs);
    }
    mFixedScale->setChecked(map.scaleDenominator.has_value());
    mScale->setEnabled(map.scaleDenominator.has_value());
    // Without a fixed scale the box offers a typical one for a province map to start from.
    mScale->setValue(map.scaleDenominator ? qRound(*map.scaleDenominator) : 1'000'000);
}

void MapFramePanel::followChosen(bool follow)
{
    if (!follow && !mDocument->layout().map.extent)
        return setFromCanvas(); // a fixed extent starts as what the canvas shows
    core::MapFrameSettings map = mDocument->layout().map;
    if (follow)
        map.extent.reset(); // a CRS of its own stays: the canvas's view is reprojected into it
    mDocument->setMapFrame(map);
}

void MapFramePanel::scaleEdited()
{
    core::MapFrameSettings map = mDocument->layout().map;
    if (mFixedScale->isChecked())
        map.scaleDenominator = mScale->value();
    else
        map.scaleDenominator.reset();
    mDocument->setMapFrame(map);
}

QString MapFramePanel::extentText() const
{
    const core::MapFrameSettings &map = mDocument->layout().map;
    if (!map.extent)
        return tr("The canvas's view when exported or printed");
    const QLocale locale;
    const auto number = [&](double value) {
        return locale.toString(value, 'f', 2);
    };
    const gis::Box &box = *map.extent;
    return tr("%1, %2 – %3, %4 (%5)")
        .arg(number(box.min_corner().x()), number(box.min_corner().y()),
             number(box.max_corner().x()), number(box.max_corner().y()),
             map.crs ? map.crs->name() : tr("map CRS"));
}

} // namespace app
