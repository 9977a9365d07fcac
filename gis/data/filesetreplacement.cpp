#include "filesetreplacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace gis {

namespace {

const QString kNewInfix = QStringLiteral(".planmap-new.");
const QString kMarkerSuffix = QStringLiteral(".planmap-save");

// The data must be on disk before the marker says it is complete (a power cut, not only a
// kill, then leaves either state).
bool syncPath(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

bool renameOver(const QString &from, const QString &to)
{
    // rename(2) replaces `to` atomically, where QFile::rename refuses an existing target.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

FileSetReplacement::FileSetReplacement(const QString &datasetPath)
    : mDatasetPath(QFileInfo(datasetPath).absoluteFilePath())
{
}

QString FileSetReplacement::newFilePath(const QString &datasetPath, const QString &suffix)
{
    return QFileInfo(datasetPath).absoluteFilePath() + kNewInfix + suffix;
}

QString FileSetReplacement::markerPath(const QString &datasetPath)
{
    return QFileInfo(datasetPath).absoluteFilePath() + kMarkerSuffix;
}

void FileSetReplacement::replace(const QString &newFile, const QString &target)
{
    mSteps.push_back(QStringLiteral("rename\t%1\t%2")
                         .arg(QFileInfo(newFile).fileName(), QFileInfo(target).fileName()));
}

void FileSetReplacement::remove(const QString &target)
{
    mSteps.push_back(QStringLiteral("remove\t%1").arg(QFileInfo(target).fileName()));
}

bool FileSetReplacement::commit(QString *error)
{
    const QString folder = QFileInfo(mDatasetPath).absolutePath();
    for (const QString &step : mSteps) {
        const QStringList parts = step.split(u'\t');
        if (parts[0] == QLatin1String("rename") && !syncPath(QDir(folder).filePath(parts[1]))) {
            *error =
                QCoreApplication::translate("FileSetReplacement", "%1 could not be flushed to disk")
                    .arg(parts[1]);
            return false;
        }
    }
    const QString marker = markerPath(mDatasetPath);
    const QString pending = marker + QStringLiteral(".tmp");
    QFile file(pending);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write((mSteps.join(u'\n') + u'\n').toUtf8()) < 0 || !file.flush() ||
        ::fsync(file.handle()) != 0) {
        *error = QCoreApplication::translate("FileSetReplacement", "cannot write %1: %2")
                     .arg(pending, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    if (!renameOver(pending, marker)) { // the commit point
        *error = QCoreApplication::translate("FileSetReplacement", "cannot write %1").arg(marker);
        QFile::remove(pending);
        return false;
    }
    mCommitted = true;
    syncPath(folder);
    if (!apply(folder, mSteps)) {
        // Past the commit point there is no going back: the marker stays, and the next open
        // of the file finishes the renames.
        *error = QCoreApplication::translate("FileSetReplacement",
                                             "%1 could not be replaced completely; planmap will "
                                             "finish it the next time the file is opened")
                     .arg(QFileInfo(mDatasetPath).fileName());
        return false;
    }
    QFile::remove(marker);
    return true;
}

bool FileSetReplacement::apply(const QString &folder, const QStringList &steps)
{
    const QDir dir(folder);
    bool complete = true;
    // Stale sidecars first: a spatial index of the old .shp must not meet the new one.
    for (const QString &step : steps) {
        const QStringList parts = step.split(u'\t');
        if (parts.size() == 2 && parts[0] == QLatin1String("remove"))
            QFile::remove(dir.filePath(parts[1]));
    }
    for (const QString &step : steps) {
        const QStringList parts = step.split(u'\t');
        // A new file already gone was renamed by an earlier, interrupted pass.
        if (parts.size() == 3 && parts[0] == QLatin1String("rename") &&
            QFileInfo::exists(dir.filePath(parts[1])))
            complete = renameOver(dir.filePath(parts[1]), dir.filePath(parts[2])) && complete;
    }
    syncPath(folder);
    return complete;
}

QStringList FileSetReplacement::leftovers(const QString &datasetPath)
{
    const QFileInfo dataset(datasetPath);
    return dataset.absoluteDir().entryList({dataset.fileName() + kNewInfix + u'*'}, QDir::Files);
}

bool FileSetReplacement::pending(const QString &datasetPath)
{
    return QFileInfo::exists(markerPath(datasetPath));
}

bool FileSetReplacement::recover(const QString &datasetPath)
{
    const QFileInfo dataset(datasetPath);
    if (!dataset.isFile())
        return false;
    const QString marker = markerPath(datasetPath);
    QFile file(marker);
    if (file.open(QIODevice::ReadOnly)) {
        const QStringList steps =
            QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        file.close();
        if (apply(dataset.absolutePath(), steps))
            QFile::remove(marker);
        return true;
    }
    // No commit point reached: the originals are whole, the new files half written.
    QStringList stale = leftovers(datasetPath);
    if (QFileInfo::exists(marker + QStringLiteral(".tmp")))
        stale.push_back(QFileInfo(marker).fileName() + QStringLiteral(".tmp"));
    for (const QString &name : stale)
        QFile::remove(dataset.absoluteDir().filePath(name));
    return !stale.isEmpty();
}

} // namespace gis
