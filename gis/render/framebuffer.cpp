#include "framebuffer.h"

#include <cstdlib>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace gis {

namespace {

constexpr std::size_t hugePage = std::size_t(2) << 20;

void releaseFrame(void *memory)
{
    std::free(memory);
}

} // namespace

QImage allocateFrame(const QSize &size, QImage::Format format)
{
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(std::max(0, size.height()));
    if (QImage::toPixelFormat(format).bitsPerPixel() != 32 || bytes < 8 * hugePage)
        return QImage(size, format);
    const std::size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
    void *memory = std::aligned_alloc(hugePage, rounded);
    if (!memory)
        return QImage(size, format);
#ifdef __linux__
    madvise(memory, rounded, MADV_HUGEPAGE);
#endif
    return QImage(static_cast<uchar *>(memory), size.width(), size.height(), bytesPerLine, format,
                  releaseFrame, memory);
}

} // namespace gis
