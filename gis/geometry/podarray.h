#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace gis {

// A growable array of plain values for the big coordinate arrays. It grows with realloc,
// which for blocks this large moves pages (mremap) instead of copying them, so growing to
// 64 MB neither doubles the peak memory nor touches every page again as std::vector's
// copy does; large blocks also ask for huge pages, since first-touch page faults were the
// main cost of loading.
template <typename T> class PodArray
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    PodArray() = default;
    PodArray(const PodArray &other) { assign(other); }
    PodArray &operator=(const PodArray &other)
    {
        if (this != &other) {
            mSize = 0;
            assign(other);
        }
        return *this;
    }
    PodArray(PodArray &&other) noexcept { swap(other); }
    PodArray &operator=(PodArray &&other) noexcept
    {
        swap(other);
        return *this;
    }
    ~PodArray() { std::free(mData); }

    std::size_t size() const { return mSize; }
    bool empty() const { return mSize == 0; }
    std::size_t capacity() const { return mCapacity; }
    const T &operator[](std::size_t i) const { return mData[i]; }
    T &operator[](std::size_t i) { return mData[i]; }
    const T *data() const { return mData; }
    const T &back() const { return mData[mSize - 1]; }
    T &back() { return mData[mSize - 1]; }

    void push_back(T value)
    {
        if (mSize == mCapacity)
            reserve(std::max<std::size_t>(1024, mCapacity * 2));
        mData[mSize++] = value;
    }
    void reserve(std::size_t capacity)
    {
        if (capacity <= mCapacity)
            return;
        void *grown = std::realloc(mData, capacity * sizeof(T));
        if (!grown)
            throw std::bad_alloc();
        mData = static_cast<T *>(grown);
        mCapacity = capacity;
#ifdef __linux__
        constexpr std::size_t hugePage = std::size_t(2) << 20;
        if (capacity * sizeof(T) >= 4 * hugePage)
            madvise(reinterpret_cast<void *>(reinterpret_cast<std::uintptr_t>(mData) &
                                             ~std::uintptr_t(4095)),
                    capacity * sizeof(T), MADV_HUGEPAGE);
#endif
    }
    void shrinkToFit()
    {
        if (mCapacity == mSize || mSize == 0)
            return;
        if (void *shrunk = std::realloc(mData, mSize * sizeof(T))) {
            mData = static_cast<T *>(shrunk);
            mCapacity = mSize;
        }
    }
    void clear()
    {
        std::free(mData);
        mData = nullptr;
        mSize = mCapacity = 0;
    }

private:
    void assign(const PodArray &other)
    {
        reserve(other.mSize);
        if (other.mSize)
            std::memcpy(mData, other.mData, other.mSize * sizeof(T));
        mSize = other.mSize;
    }
    void swap(PodArray &other) noexcept
    {
        std::swap(mData, other.mData);
        std::swap(mSize, other.mSize);
        std::swap(mCapacity, other.mCapacity);
    }

    T *mData = nullptr;
    std::size_t mSize = 0;
    std::size_t mCapacity = 0;
};

} // namespace gis
