#include "itempropertiespanel.h"

#include "itemgeometry.h"
#include "layoutdocument.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <cmath>

namespace app {

ItemPropertiesPanel::ItemPropertiesPanel(LayoutDocument *document, QWidget *parent)
    : QGroupBox(tr("Selected item"), parent)
    , mDocument(document)
    , mX(millimetreBox())
    , mY(millimetreBox())
    , mWidth(millimetreBox())
    , mHeight(millimetreBox())
    , mTextLabel(new QLabel(tr("Text:"), this))
    , mText(new QLineEdit(this))
{
    mText->setClearButtonEnabled(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("X:"), mX);
    form->addRow(tr("Y:"), mY);
    form->addRow(tr("Width:"), mWidth);
    form->addRow(tr("Height:"), mHeight);
    form->addRow(mTextLabel, mText);
    connect(mX, &QDoubleSpinBox::valueChanged, this, [this](double x) {
        rectEdited(
            x, [x](QRectF &r) { r.moveLeft(x); }, &QRectF::left);
    });
    connect(mY, &QDoubleSpinBox::valueChanged, this, [this](double y) {
        rectEdited(
            y, [y](QRectF &r) { r.moveTop(y); }, &QRectF::top);
    });
    connect(mWidth, &QDoubleSpinBox::valueChanged, this, [this](double width) {
        rectEdited(
            width, [width](QRectF &r) { r.setWidth(width); }, &QRectF::width);
    });
    connect(mHeight, &QDoubleSpinBox::valueChanged, this, [this](double height) {
        rectEdited(
            height, [height](QRectF &r) { r.setHeight(height); }, &QRectF::height);
    });
    connect(mText, &QLineEdit::textEdited, this, [this](const QString &text) {
        mDocument->setItemText(mDocument->selectedIndex(), text);
    });
    connect(mDocument, &LayoutDocument::changed, this, &ItemPropertiesPanel::refresh);
    connect(mDocument, &LayoutDocument::selectionChanged, this, &ItemPropertiesPanel::refresh);
    refresh();
}

bool ItemPropertiesPanel::hasText(core::LayoutItemKind kind)
{
    return kind == core::LayoutItemKind::Title || kind == core::LayoutItemKind::Subtitle ||
           kind == core::LayoutItemKind::Sources || kind == core::LayoutItemKind::Date;
}

QDoubleSpinBox *ItemPropertiesPanel::millimetreBox()
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, 5000);
    box->setDecimals(1);
    box->setSuffix(tr(" mm"));
    // A value is taken when typing ends, not at every digit: each is an undoable step.
    box->setKeyboardTracking(false);
    return box;
}

void ItemPropertiesPanel::refresh()
{
    const core::LayoutItem *item = mDocument->selectedItem();
    setEnabled(item != nullptr);
    const QSignalBlocker blockers[] = {QSignalBlocker(mX), QSignalBlocker(mY),
                                       QSignalBlocker(mWidth), QSignalBlocker(mHeight)};
    const QRectF rect = item ? item->rectMm : QRectF();
    mX->setValue(rect.x());
    mY->setValue(rect.y());
    mWidth->setValue(rect.width());
    mHeight->setValue(rect.height());
    const bool text = item && hasText(item->kind);
    mTextLabel->setVisible(text);
    mText->setVisible(text);
    if (!text)
        return;
    // Setting the same text again would move the cursor of someone typing.
    if (mText->text() != item->text)
        mText->setText(item->text);
    mText->setPlaceholderText(item->kind == core::LayoutItemKind::Sources
                                  ? tr("From the layers and figures shown")
                              : item->kind == core::LayoutItemKind::Date ? tr("Today's date")
                                                                         : QString());
}

void ItemPropertiesPanel::rectEdited(double value, const std::function<void(QRectF &)> &change,
                                     double (QRectF::*shown)() const)
{
    const core::LayoutItem *item = mDocument->selectedItem();
    // The boxes show tenths of a millimetre: a value that only rounds what the item has is no
    // edit (Return in an untouched box), and the other sides keep their exact values.
    if (!item || std::abs((item->rectMm.*shown)() - value) < 0.05)
        return;
    QRectF rect = item->rectMm;
    change(rect);
    rect.setSize(
        rect.size().expandedTo(QSizeF(ItemGeometry::minimumSizeMm, ItemGeometry::minimumSizeMm)));
    mDocument->setItemRect(mDocument->selectedIndex(), rect);
}

} // namespace app
