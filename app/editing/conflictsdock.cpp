#include "conflictsdock.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

namespace {

constexpr int kFeatureRole = Qt::UserRole + 1;

} // namespace

ConflictsDock::ConflictsDock(QWidget *parent)
    : QDockWidget(tr("Save conflicts"), parent)
    , mSummary(new QLabel)
    , mDetail(new QLabel)
    , mTree(new QTreeWidget)
    , mKeepMine(new QPushButton(tr("Keep &mine")))
    , mKeepTheirs(new QPushButton(tr("Keep &theirs")))
    , mKeepAllMine(new QPushButton(tr("Keep mine for all")))
    , mKeepAllTheirs(new QPushButton(tr("Keep theirs for all")))
    , mSave(new QPushButton(tr("&Save again")))
{
    setObjectName(QStringLiteral("ConflictsDock"));
    mSummary->setWordWrap(true);
    mDetail->setWordWrap(true);
    mTree->setColumnCount(3);
    mTree->setHeaderLabels({tr("Feature"), tr("Someone else"), tr("You")});
    mTree->setRootIsDecorated(false);
    mTree->setWordWrap(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    mKeepMine->setToolTip(tr("Your edit of the chosen feature is saved over theirs at the next "
                             "save"));
    mKeepTheirs->setToolTip(tr("The chosen feature becomes theirs and your edit of it is "
                               "dropped"));
    mSave->setToolTip(tr("Save the layer's edits again, with your choices"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(mKeepMine, 0, 0);
    buttons->addWidget(mKeepTheirs, 0, 1);
    buttons->addWidget(mKeepAllMine, 1, 0);
    buttons->addWidget(mKeepAllTheirs, 1, 1);
    buttons->addWidget(mSave, 2, 0, 1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(mSummary);
    layout->addWidget(mTree, 1);
    layout->addWidget(mDetail);
    layout->addLayout(buttons);
    setWidget(content);

    connect(mTree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        showDetail();
        emit currentFeatureChanged(currentFeature());
    });
    connect(mTree, &QTreeWidget::itemDoubleClicked, this,
            [this] { emit zoomRequested(currentFeature()); });
    connect(mKeepMine, &QPushButton::clicked, this,
            [this] { emit keepMineRequested(currentFeature()); });
    connect(mKeepTheirs, &QPushButton::clicked, this,
            [this] { emit keepTheirsRequested(currentFeature()); });
    connect(mKeepAllMine, &QPushButton::clicked, this, &ConflictsDock::keepAllMineRequested);
    connect(mKeepAllTheirs, &QPushButton::clicked, this, &ConflictsDock::keepAllTheirsRequested);
    connect(mSave, &QPushButton::clicked, this, &ConflictsDock::saveRequested);
    updateButtons();
}

void ConflictsDock::setRows(const QString &layerTitle, std::vector<ConflictRow> rows)
{
    const qint64 chosen = currentFeature();
    mRows = std::move(rows);
    mSummary->setText(
        mRows.empty()
            ? tr("No conflicts left in %1: save again to write your choices.").arg(layerTitle)
            : tr("%n feature(s) of %1 were changed by someone else since you read them and were "
                 "not saved. Nothing of theirs was overwritten: choose for each, then save again.",
                 nullptr, int(mRows.size()))
                  .arg(layerTitle));
    const QSignalBlocker quiet(mTree);
    mTree->clear();
    for (const ConflictRow &row : mRows) {
        auto *item = new QTreeWidgetItem(mTree, {row.feature, row.theirs, row.mine});
        item->setData(0, kFeatureRole, row.featureId);
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
    }
    setCurrentFeature(chosen);
    if (!mTree->currentItem() && mTree->topLevelItemCount() > 0)
        mTree->setCurrentItem(mTree->topLevelItem(0));
    updateButtons();
    showDetail();
    emit currentFeatureChanged(currentFeature());
}

void ConflictsDock::showDetail()
{
    const qint64 chosen = currentFeature();
    const auto row = std::find_if(mRows.begin(), mRows.end(),
                                  [chosen](const ConflictRow &r) { return r.featureId == chosen; });
    mDetail->setText(row == mRows.end()
                         ? QString()
                         : tr("<b>%1</b><br>Someone else %2.<br>You %3.")
                               .arg(row->feature.toHtmlEscaped(), row->theirs.toHtmlEscaped(),
                                    row->mine.toHtmlEscaped()));
}

qint64 ConflictsDock::currentFeature() const
{
    const QTreeWidgetItem *item = mTree->currentItem();
    return item ? item->data(0, kFeatureRole).toLongLong() : -1;
}

void ConflictsDock::setCurrentFeature(qint64 featureId)
{
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        if (item->data(0, kFeatureRole).toLongLong() == featureId)
            mTree->setCurrentItem(item);
    }
}

void ConflictsDock::updateButtons()
{
    const bool chosen = currentFeature() >= 0;
    mKeepMine->setEnabled(chosen);
    mKeepTheirs->setEnabled(chosen);
    mKeepAllMine->setEnabled(!mRows.empty());
    mKeepAllTheirs->setEnabled(!mRows.empty());
}

} // namespace app
