#include "testregistry.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    bool finished = false;
};

// (context, source) → whether it has a finished, non-empty translation.
QHash<QString, Message> readTs(const QString &path)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.insert(context + u'\x1f' + source,
                            {!unfinished && !translation.trimmed().isEmpty()});
            translation.clear();
        }
    }
    return messages;
}

QStringList sourceFiles()
{
    QStringList files;
    for (const char *folder : {"app", "core", "gis"}) {
        QDirIterator it(QStringLiteral(PLANMAP_SOURCE_DIR "/") + QString::fromLatin1(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

} // namespace

class tst_translations : public QObject
{
    Q_OBJECT
private slots:
    void everySourceStringIsTranslatedToChinese()
    {
        QTemporaryDir dir;
        const QString extracted = dir.filePath(QStringLiteral("extracted.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(PLANMAP_LUPDATE),
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none")} +
                          sourceFiles() + QStringList{QStringLiteral("-ts"), extracted});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QHash<QString, Message> inSource = readTs(extracted);
        QVERIFY2(inSource.size() > 30, qPrintable(QString::number(inSource.size())));
        const QHash<QString, Message> chinese =
            readTs(QStringLiteral(PLANMAP_SOURCE_DIR "/translations/planmap_zh_CN.ts"));
        QStringList missing;
        for (auto it = inSource.begin(); it != inSource.end(); ++it) {
            if (!chinese.value(it.key()).finished)
                missing << QString(it.key()).replace(u'\x1f', QStringLiteral(": "));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not translated in planmap_zh_CN.ts:\n") +
                            missing.join(u'\n')));
    }
};

PLANMAP_TEST(tst_translations)
#include "tst_translations.moc"
