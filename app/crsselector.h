#pragma once

#include "crs/crs.h"

#include <QComboBox>

namespace app {

// The map CRS choices of the status bar: WGS 84, CGCS2000, CGCS2000 / 3-degree Gauss–Krüger
// CM 126E, Web Mercator, or any code PROJ knows, typed by the planner.
class CrsSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit CrsSelector(QWidget *parent = nullptr);

    void showCrs(const gis::Crs &crs);

signals:
    void crsChosen(const gis::Crs &crs);

private:
    void onActivated(int index);
};

} // namespace app
