#pragma once

// Gives the offscreen platform one screen of the given size (Qt's offscreen "configfile" option), for tests that
// check layouts against a real desktop size. Call before the QApplication is made; `dir` must outlive it.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

inline bool useOffscreenScreen(const QString& dir, int width, int height)
{
    const QString path = QDir(dir).filePath(QStringLiteral("screen.json"));
    QFile file(path);
    const QByteArray json = QStringLiteral(R"({"screens":[{"name":"test","x":0,"y":0,"width":%1,"height":%2,)"
                                           R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})")
                                .arg(width)
                                .arg(height)
                                .toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        return false;
    }
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toLocal8Bit());
    return true;
}
