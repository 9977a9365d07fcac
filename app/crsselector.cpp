#include "crsselector.h"

#include <QInputDialog>
#include <QMessageBox>

namespace app {

namespace {
const QString otherMarker = QStringLiteral("other");
}

CrsSelector::CrsSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("CrsSelector"));
    addItem(tr("WGS 84 (EPSG:4326)"), QStringLiteral("EPSG:4326"));
    addItem(tr("CGCS2000 (EPSG:4490)"), QStringLiteral("EPSG:4490"));
    addItem(tr("CGCS2000 / GK CM 126E (EPSG:4551)"), QStringLiteral("EPSG:4551"));
    addItem(tr("Web Mercator (EPSG:3857)"), QStringLiteral("EPSG:3857"));
    addItem(tr("Other EPSG code…"), otherMarker);
    setToolTip(tr("Map coordinate reference system"));
    connect(this, &QComboBox::activated, this, &CrsSelector::onActivated);
}

void CrsSelector::showCrs(const gis::Crs &crs)
{
    int index = findData(crs.authId());
    if (index < 0) {
        insertItem(count() - 1, QStringLiteral("%1 (%2)").arg(crs.name(), crs.authId()),
                   crs.authId());
        index = count() - 2;
    }
    setCurrentIndex(index);
}

void CrsSelector::onActivated(int index)
{
    QString definition = itemData(index).toString();
    if (definition == otherMarker) {
        bool ok = false;
        definition = QInputDialog::getText(this, tr("Map CRS"), tr("EPSG code or PROJ definition:"),
                                           QLineEdit::Normal, QStringLiteral("EPSG:"), &ok);
        if (!ok)
            return;
    }
    QString error;
    const gis::Crs crs = gis::Crs::fromUserInput(definition, &error);
    if (!crs.isValid()) {
        QMessageBox::warning(this, tr("Map CRS"), error);
        return;
    }
    emit crsChosen(crs);
}

} // namespace app
