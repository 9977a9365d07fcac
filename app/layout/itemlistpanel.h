#pragma once

#include <QGroupBox>

class QListWidget;
class QToolButton;
class QListWidgetItem;

namespace app {

class LayoutDocument;

// The layout's items by name, each with a checkbox that shows or hides it, and a menu that adds
// the kinds the page lacks; the current row is the item selected in the preview and back. Items are
// listed by kind, so kinds added to core::LayoutItemKind appear without a change here.
class ItemListPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ItemListPanel(LayoutDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    QToolButton *addButton() const { return mAdd; }

private:
    void rebuild();
    void refresh();
    void rowChecked(QListWidgetItem *row);
    void showSelection(int index);
    void listMissingKinds();

    LayoutDocument *mDocument;
    QListWidget *mList;
    QToolButton *mAdd; // a menu of the kinds the page lacks
};

} // namespace app
