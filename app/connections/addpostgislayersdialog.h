#pragma once

#include "project/layerfileloader.h"

#include "postgis/pgcatalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace app {

class PgTableModel;

// File → Add PostGIS layers…: pick a stored connection (or define one), browse its schemas
// and spatial tables (listed off the GUI thread), filter them, choose several and add them.
// The chosen layers are read afterwards by the window's layer loader, in the background.
class AddPostgisLayersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddPostgisLayersDialog(QWidget *parent = nullptr);

    // The chosen connection and tables, for core::loadDatasetLayers.
    core::DatasetLayers request() const;
    QString connectionName() const;
    bool isListing() const { return mListing; }

    // Chooses a stored connection by name and lists its tables.
    void chooseConnection(const QString &name);
    // Selects the table with GDAL's layer name `layerName`; false when not listed (or hidden
    // by the filter).
    bool selectLayer(const QString &layerName);

    void accept() override;

signals:
    // A listing ended: `ok`, or the message shown.
    void listed(bool ok, const QString &message);

private:
    void buildLayout();
    void reloadConnections(const QString &current);
    void listTables();
    void showListing(const std::optional<std::vector<gis::postgis::PgSpatialTable>> &tables,
                     const QString &error);
    void askPasswordAfter(const QString &error);
    void connectWithPassword();
    void newConnection();
    void editConnection();
    void removeConnection();
    void updateButtons();

    QComboBox *mConnections;
    QPushButton *mNew;
    QPushButton *mEdit;
    QPushButton *mRemove;
    QLabel *mStatus;
    QWidget *mPasswordRow;
    QLineEdit *mPassword;
    QLineEdit *mFilter;
    PgTableModel *mModel;
    QSortFilterProxyModel *mFiltered;
    QTreeView *mTree;
    QPushButton *mAddButton = nullptr;
    bool mListing = false;
    int mListGeneration = 0;
};

} // namespace app
