#pragma once

#include <QByteArray>
#include <QString>

// A QR code (libqrencode) as a 1-bit grayscale PNG, without an image library: the pixels deflated with
// QtCore's zlib, the chunks' CRC-32 by hand. 10 pixels per module and a 4-module quiet zone, as the
// Python qrcode package draws them.
namespace QrCodePng {
QByteArray encode(const QString& text, int scale = 10, int border = 4);
// Building blocks, exposed for tests.
quint32 crc32(const QByteArray& data);
QByteArray zlib(const QByteArray& raw); // a zlib stream (RFC 1950) of raw, as PNG's IDAT holds it
} // namespace QrCodePng
