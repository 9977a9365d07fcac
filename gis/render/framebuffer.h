#pragma once

#include <QImage>

namespace gis {

// A frame for the renderer. Large frames (print sizes) are backed by memory that asks the
// kernel for huge pages: a 7016×4961 frame is 139 MB, and touching it page by page costs
// tens of thousands of page faults before a single feature is drawn.
QImage allocateFrame(const QSize &size, QImage::Format format);

} // namespace gis
