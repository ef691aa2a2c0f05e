#include "QrCode.h"

#include <QPainter>

#include <qrencode.h>

namespace QrCode {

QImage image(const QString& text, int scale)
{
    const QByteArray data = text.toUtf8();
    QRcode* code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return {};
    }
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage img(modules * scale, modules * scale, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter painter(&img);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                painter.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
            }
        }
    }
    painter.end();
    QRcode_free(code);
    return img;
}

} // namespace QrCode
