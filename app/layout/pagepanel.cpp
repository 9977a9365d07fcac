#include "pagepanel.h"

#include "layoutdocument.h"
#include "pagechange.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace app {

PagePanel::PagePanel(LayoutDocument *document, QWidget *parent)
    : QGroupBox(tr("Page"), parent)
    , mDocument(document)
    , mPaper(new QComboBox(this))
    , mWidth(millimetreBox(50, 5000))
    , mHeight(millimetreBox(50, 5000))
    , mOrientation(new QComboBox(this))
    , mTop(millimetreBox(0, 200))
    , mRight(millimetreBox(0, 200))
    , mBottom(millimetreBox(0, 200))
    , mLeft(millimetreBox(0, 200))
{
    for (core::PaperSize paper : {core::PaperSize::A4, core::PaperSize::A3, core::PaperSize::A2,
                                  core::PaperSize::A1, core::PaperSize::A0})
        mPaper->addItem(core::PrintLayout::paperName(paper), int(paper));
    mPaper->addItem(tr("Custom"), int(core::PaperSize::Custom));
    mOrientation->addItem(tr("Portrait"), int(core::PageOrientation::Portrait));
    mOrientation->addItem(tr("Landscape"), int(core::PageOrientation::Landscape));

    auto *size = new QHBoxLayout;
    size->addWidget(mWidth);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(mHeight);
    auto *margins = new QGridLayout;
    margins->addWidget(mTop, 0, 1);
    margins->addWidget(mLeft, 1, 0);
    margins->addWidget(mRight, 1, 2);
    margins->addWidget(mBottom, 2, 1);
    mTop->setToolTip(tr("Top margin"));
    mRight->setToolTip(tr("Right margin"));
    mBottom->setToolTip(tr("Bottom margin"));
    mLeft->setToolTip(tr("Left margin"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paper:"), mPaper);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Orientation:"), mOrientation);
    form->addRow(tr("Margins:"), margins);

    connect(mPaper, &QComboBox::currentIndexChanged, this, &PagePanel::pageEdited);
    connect(mOrientation, &QComboBox::currentIndexChanged, this, &PagePanel::pageEdited);
    for (QDoubleSpinBox *box : {mWidth, mHeight})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PagePanel::pageEdited);
    for (QDoubleSpinBox *box : {mTop, mRight, mBottom, mLeft})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PagePanel::marginsEdited);
    connect(mDocument, &LayoutDocument::changed, this, &PagePanel::refresh);
    refresh();
}

QDoubleSpinBox *PagePanel::millimetreBox(double minimum, double maximum)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSuffix(tr(" mm"));
    // A value is taken when typing ends, not at every digit: each is an undoable step.
    box->setKeyboardTracking(false);
    return box;
}

void PagePanel::refresh()
{
    const core::PrintLayout &layout = mDocument->layout();
    const QSignalBlocker blockers[] = {QSignalBlocker(mPaper),  QSignalBlocker(mOrientation),
                                       QSignalBlocker(mWidth),  QSignalBlocker(mHeight),
                                       QSignalBlocker(mTop),    QSignalBlocker(mRight),
                                       QSignalBlocker(mBottom), QSignalBlocker(mLeft)};
    mPaper->setCurrentIndex(mPaper->findData(int(layout.paper)));
    mOrientation->setCurrentIndex(mOrientation->findData(int(layout.orientation)));
    const QSizeF page = layout.pageSizeMm();
    mWidth->setValue(page.width());
    mHeight->setValue(page.height());
    const bool custom = layout.paper == core::PaperSize::Custom;
    mWidth->setEnabled(custom);
    mHeight->setEnabled(custom);
    mTop->setValue(layout.marginsMm.top());
    mRight->setValue(layout.marginsMm.right());
    mBottom->setValue(layout.marginsMm.bottom());
    mLeft->setValue(layout.marginsMm.left());
}

void PagePanel::pageEdited()
{
    const auto paper = core::PaperSize(mPaper->currentData().toInt());
    const auto orientation = core::PageOrientation(mOrientation->currentData().toInt());
    // The boxes show the oriented page; a custom paper is kept portrait.
    const QSizeF shown(mWidth->value(), mHeight->value());
    const QSizeF custom = shown.width() > shown.height() ? shown.transposed() : shown;
    mDocument->changePage(PageChange::toPage(mDocument->layout(), paper, orientation, custom),
                          tr("Change the page"));
}

void PagePanel::marginsEdited()
{
    core::PrintLayout changed = mDocument->layout();
    changed.marginsMm = QMarginsF(mLeft->value(), mTop->value(), mRight->value(), mBottom->value());
    mDocument->changePage(changed, tr("Change the margins"));
}

} // namespace app
