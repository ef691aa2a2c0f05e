#pragma once

#include <QByteArray>
#include <QString>

// A QR code (libqrencode) as a 1-bit grayscale PNG, without an image library: stored (uncompressed)
// deflate blocks, CRC-32 and Adler-32 by hand. 10 pixels per module and a 4-module quiet zone, as the
// Python qrcode package draws them.
namespace QrCodePng {
QByteArray encode(const QString& text, int scale = 10, int border = 4);
// Building blocks, exposed for tests.
quint32 crc32(const QByteArray& data);
quint32 adler32(const QByteArray& data);
QByteArray zlibStored(const QByteArray& raw);
} // namespace QrCodePng
