#pragma once

#include <QString>

namespace gis {

// Registers GDAL's drivers once per process and keeps GDAL's chatter off stderr; safe to call
// from any thread.
void ensureGdalRegistered();

// Collects the messages GDAL reports on this thread while it lives, so that callers can put
// them into their own error messages instead of letting GDAL print them.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    QString lastError() const { return mLastError; }
    void clear() { mLastError.clear(); }

private:
    static void handler(int errorClass, int code, const char *message);
    QString mLastError;
};

} // namespace gis
