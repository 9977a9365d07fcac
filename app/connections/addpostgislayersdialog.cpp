#include "addpostgislayersdialog.h"

#include "pgconnectiondialog.h"
#include "pgpasswords.h"
#include "pgtablemodel.h"

#include "postgis/pgconnectionstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace app {

namespace {

using gis::postgis::PgConnectionStore;
using gis::postgis::PgSpatialTable;

const QString lastConnectionKey = QStringLiteral("postgis/lastConnection");

struct Listing
{
    std::optional<std::vector<PgSpatialTable>> tables;
    QString error;
};

Listing listSpatialTables(const QString &datasetName)
{
    Listing listing;
    listing.tables = gis::postgis::PgCatalog::spatialTables(datasetName, &listing.error);
    return listing;
}

// libpq's words when the server wants a password it did not get or refused.
bool isPasswordProblem(const QString &error)
{
    return error.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

AddPostgisLayersDialog::AddPostgisLayersDialog(QWidget *parent)
    : QDialog(parent)
    , mConnections(new QComboBox(this))
    , mNew(new QPushButton(tr("&New…"), this))
    , mEdit(new QPushButton(tr("&Edit…"), this))
    , mRemove(new QPushButton(tr("&Remove"), this))
    , mStatus(new QLabel(this))
    , mPasswordRow(new QWidget(this))
    , mPassword(new QLineEdit(this))
    , mFilter(new QLineEdit(this))
    , mModel(new PgTableModel(this))
    , mFiltered(new QSortFilterProxyModel(this))
    , mTree(new QTreeView(this))
{
    setWindowTitle(tr("Add PostGIS layers"));
    buildLayout();
    QSettings settings;
    reloadConnections(settings.value(lastConnectionKey).toString());
}

void AddPostgisLayersDialog::buildLayout()
{
    mConnections->setObjectName(QStringLiteral("connections"));
    mNew->setObjectName(QStringLiteral("newConnection"));
    mEdit->setObjectName(QStringLiteral("editConnection"));
    mRemove->setObjectName(QStringLiteral("removeConnection"));
    mConnections->setMinimumContentsLength(24);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mPassword->setObjectName(QStringLiteral("sessionPassword"));
    mPassword->setEchoMode(QLineEdit::Password);
    mFilter->setObjectName(QStringLiteral("filter"));
    mFilter->setPlaceholderText(tr("Filter schemas and tables"));
    mFilter->setClearButtonEnabled(true);
    mFiltered->setSourceModel(mModel);
    mFiltered->setRecursiveFilteringEnabled(true);
    mFiltered->setAutoAcceptChildRows(true); // a schema that matches shows all its tables
    mFiltered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mFiltered->setFilterKeyColumn(PgTableModel::TableColumn);
    mTree->setObjectName(QStringLiteral("tables"));
    mTree->setModel(mFiltered);
    mTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTree->setSortingEnabled(true);
    mTree->sortByColumn(PgTableModel::TableColumn, Qt::AscendingOrder);
    mTree->header()->setSectionResizeMode(PgTableModel::TableColumn, QHeaderView::Stretch);

    auto *connectionRow = new QHBoxLayout;
    auto *connectionLabel = new QLabel(tr("&Connection:"), this);
    connectionLabel->setBuddy(mConnections);
    connectionRow->addWidget(connectionLabel);
    connectionRow->addWidget(mConnections, 1);
    connectionRow->addWidget(mNew);
    connectionRow->addWidget(mEdit);
    connectionRow->addWidget(mRemove);

    auto *passwordLayout = new QHBoxLayout(mPasswordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(new QLabel(tr("Password for this session:"), mPasswordRow));
    passwordLayout->addWidget(mPassword, 1);
    auto *connectButton = new QPushButton(tr("C&onnect"), mPasswordRow);
    connectButton->setObjectName(QStringLiteral("connectWithPassword"));
    passwordLayout->addWidget(connectButton);
    mPasswordRow->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mAddButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    mAddButton->setObjectName(QStringLiteral("add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(connectionRow);
    layout->addWidget(mStatus);
    layout->addWidget(mPasswordRow);
    layout->addWidget(mFilter);
    layout->addWidget(mTree, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(mConnections, &QComboBox::currentIndexChanged, this,
            &AddPostgisLayersDialog::listTables);
    connect(mNew, &QPushButton::clicked, this, &AddPostgisLayersDialog::newConnection);
    connect(mEdit, &QPushButton::clicked, this, &AddPostgisLayersDialog::editConnection);
    connect(mRemove, &QPushButton::clicked, this, &AddPostgisLayersDialog::removeConnection);
    connect(connectButton, &QPushButton::clicked, this,
            &AddPostgisLayersDialog::connectWithPassword);
    connect(mPassword, &QLineEdit::returnPressed, this,
            &AddPostgisLayersDialog::connectWithPassword);
    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        mFiltered->setFilterFixedString(text);
        mTree->expandAll();
    });
    connect(mTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddPostgisLayersDialog::updateButtons);
    connect(mTree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!PgTableModel::layerName(index).isEmpty())
            accept();
    });
}

QString AddPostgisLayersDialog::connectionName() const
{
    return mConnections->currentText();
}

void AddPostgisLayersDialog::reloadConnections(const QString &current)
{
    const QSignalBlocker blocker(mConnections);
    mConnections->clear();
    for (const auto &connection : PgConnectionStore().connections())
        mConnections->addItem(connection.name());
    mConnections->setCurrentIndex(std::max(0, mConnections->findText(current)));
    listTables();
}

void AddPostgisLayersDialog::chooseConnection(const QString &name)
{
    reloadConnections(name);
}

void AddPostgisLayersDialog::listTables()
{
    mModel->setTables({});
    mPasswordRow->hide();
    const QString name = connectionName();
    const int generation = ++mListGeneration;
    if (name.isEmpty()) {
        mListing = false;
        mStatus->setText(tr("No PostGIS connection is defined yet: choose New… to define one."));
        updateButtons();
        return;
    }
    mListing = true;
    updateButtons();
    mStatus->setText(tr("Listing the spatial tables of “%1”…").arg(name));
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != mListGeneration)
            return; // another connection was chosen meanwhile
        mListing = false;
        const Listing listing = watcher->result();
        showListing(listing.tables, listing.error);
    });
    watcher->setFuture(QtConcurrent::run(listSpatialTables, PgConnectionStore().datasetName(name)));
}

void AddPostgisLayersDialog::showListing(const std::optional<std::vector<PgSpatialTable>> &tables,
                                         const QString &error)
{
    const QString name = connectionName();
    if (!tables) {
        const QString message = tr("Cannot list the tables of “%1”: %2").arg(name, error);
        mStatus->setText(message);
        if (isPasswordProblem(error))
            askPasswordAfter(error);
        updateButtons();
        emit listed(false, message);
        return;
    }
    mModel->setTables(*tables);
    mTree->expandAll();
    mTree->resizeColumnToContents(PgTableModel::GeometryColumn);
    QSet<QString> schemas;
    for (const PgSpatialTable &table : *tables)
        schemas.insert(table.schema);
    const QString message =
        tables->empty() ? tr("“%1” has no spatial tables this user may read.").arg(name)
                        : tr("“%1”: %2 in %3.")
                              .arg(name, tr("%n spatial table(s)", nullptr, int(tables->size())),
                                   tr("%n schema(s)", nullptr, int(schemas.size())));
    mStatus->setText(message);
    updateButtons();
    emit listed(true, message);
}

void AddPostgisLayersDialog::askPasswordAfter(const QString &)
{
    mPassword->clear();
    mPasswordRow->show();
    mPassword->setFocus();
}

void AddPostgisLayersDialog::connectWithPassword()
{
    const auto connection = PgConnectionStore().find(connectionName());
    if (!connection || mPassword->text().isEmpty())
        return;
    PgPasswords::remember(*connection, mPassword->text(), false, nullptr);
    mPassword->clear();
    listTables();
}

void AddPostgisLayersDialog::newConnection()
{
    PgConnectionDialog dialog(std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadConnections(dialog.connection().name());
}

void AddPostgisLayersDialog::editConnection()
{
    const auto connection = PgConnectionStore().find(connectionName());
    if (!connection)
        return;
    PgConnectionDialog dialog(connection, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadConnections(dialog.connection().name());
}

void AddPostgisLayersDialog::removeConnection()
{
    const auto connection = PgConnectionStore().find(connectionName());
    if (!connection)
        return;
    if (QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove the connection “%1” from this computer? Projects that "
                                 "use it will look for a pg_service.conf entry of that name.")
                                  .arg(connection->name())) != QMessageBox::Yes)
        return;
    PgPasswords::forget(*connection);
    PgConnectionStore().remove(connection->name());
    reloadConnections({});
}

bool AddPostgisLayersDialog::selectLayer(const QString &layerName)
{
    const QModelIndexList found =
        mFiltered->match(mFiltered->index(0, 0), PgTableModel::layerNameRole, layerName, 1,
                         Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    mTree->selectionModel()->select(found.first(),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

core::DatasetLayers AddPostgisLayersDialog::request() const
{
    core::DatasetLayers request;
    request.connection = connectionName();
    request.dataset = PgConnectionStore().datasetName(request.connection);
    for (const QModelIndex &index :
         mTree->selectionModel()->selectedRows(PgTableModel::TableColumn)) {
        const QString layerName = PgTableModel::layerName(index);
        if (!layerName.isEmpty())
            request.layerNames.push_back(layerName);
    }
    return request;
}

void AddPostgisLayersDialog::accept()
{
    if (request().layerNames.isEmpty())
        return;
    QSettings().setValue(lastConnectionKey, connectionName());
    QDialog::accept();
}

void AddPostgisLayersDialog::updateButtons()
{
    const bool connection = !connectionName().isEmpty();
    mEdit->setEnabled(connection);
    mRemove->setEnabled(connection);
    mAddButton->setEnabled(!mListing && !request().layerNames.isEmpty());
}

} // namespace app
