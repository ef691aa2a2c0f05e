#pragma once

#include <QImage>
#include <QString>

// A QR code (libqrencode, error correction M) as a black-on-white image: `scale` pixels per module and the
// standard quiet zone of four modules. A null image if the text does not fit.
namespace QrCode {
QImage image(const QString& text, int scale = 4);
}
