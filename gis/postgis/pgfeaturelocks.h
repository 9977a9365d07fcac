#pragma once

#include "layer/layersource.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <set>

namespace gis::postgis {

// Advisory locks on the features a planner edits, so that a colleague who also locks is told
// at once that a feature is taken, instead of at save time. The locks are PostgreSQL's
// session-level advisory locks, keyed (table oid, feature id), held on a connection of their
// own that lives as long as the editing session: released on save or discard, and by the
// server itself when the connection goes (a crash, a lost network). They bind only clients
// that ask for them (planmap with locking on); versioned saves still protect against the rest.
class PgFeatureLocks
{
    Q_DECLARE_TR_FUNCTIONS(PgFeatureLocks)
public:
    // Nothing (with why) when the source is not a PostGIS table or cannot be reached.
    static std::unique_ptr<PgFeatureLocks> open(const LayerSource &source, QString *error);
    ~PgFeatureLocks(); // closing the connection lets the server release what is still held

    enum class Outcome { Locked, HeldByOther, Failed };
    // Takes the feature's lock (once: later calls for a held feature answer at once). Not
    // Locked: `why` names the feature (as `featureLabel`) and who holds it, or the failure.
    Outcome lock(qint64 featureId, const QString &featureLabel, QString *why);
    bool holds(qint64 featureId) const { return mHeld.count(featureId) > 0; }
    const std::set<qint64> &held() const { return mHeld; }
    void release(qint64 featureId);
    void releaseAll();

private:
    struct Connection; // GDAL's, kept out of this header (core includes it without GDAL)
    PgFeatureLocks(LayerSource source, std::unique_ptr<Connection> connection, qint64 tableOid);
    QString holderOf(qint64 featureId) const;

    LayerSource mSource;
    std::unique_ptr<Connection> mConnection;
    qint64 mTableOid;
    std::set<qint64> mHeld;
};

} // namespace gis::postgis
