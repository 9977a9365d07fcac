#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace core {

class PlanProject;

// What a zone's attributes must be before the attribute form takes them: a Chinese and an
// English name, a plate the plan knows (or none), a status among those the layer uses. Each
// rule answers with the reason shown beside its field; an empty reason means valid.
class ZoneAttributeRules
{
    Q_DECLARE_TR_FUNCTIONS(ZoneAttributeRules)
public:
    static inline const QString nameZhField = QStringLiteral("name_zh");
    static inline const QString nameEnField = QStringLiteral("name_en");
    static inline const QString plateField = QStringLiteral("plate");
    static inline const QString statusField = QStringLiteral("status");
    static inline const QString noteField = QStringLiteral("note");

    ZoneAttributeRules(QStringList plates, QStringList statuses);

    // The plates and statuses a layer's zones may take: the values its zones have, and the
    // keys of the project's plates layer (a layer named "plates" with a "key" field), with
    // their names.
    static ZoneAttributeRules forLayer(const PlanProject &project, const QString &layerId);

    const QStringList &plates() const { return mPlates; }
    const QStringList &statuses() const { return mStatuses; }
    // The plate's name in the project's label language, when the plates layer names it.
    QString plateName(const QString &plate) const { return mPlateNames.value(plate); }

    static QString checkChineseName(const QString &name);
    static QString checkEnglishName(const QString &name);
    QString checkPlate(const QString &plate) const;   // empty: the zone is in no plate
    QString checkStatus(const QString &status) const; // free when the layer knows none

private:
    QStringList mPlates;
    QStringList mStatuses;
    QHash<QString, QString> mPlateNames;
};

} // namespace core
