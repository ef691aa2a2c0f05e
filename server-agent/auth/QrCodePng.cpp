#include "QrCodePng.h"

#include <qrencode.h>

#include <array>
#include <memory>

namespace {

void appendBe32(QByteArray& out, quint32 v)
{
    out += static_cast<char>((v >> 24) & 0xff);
    out += static_cast<char>((v >> 16) & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
    out += static_cast<char>(v & 0xff);
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBe32(png, static_cast<quint32>(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBe32(png, QrCodePng::crc32(typed));
}

} // namespace

quint32 QrCodePng::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xff] ^ (c >> 8);
    }
    return c ^ 0xffffffffu;
}

QByteArray QrCodePng::zlib(const QByteArray& raw)
{
    // qCompress writes a zlib stream (header, deflate, Adler-32) after a 4-byte length of its own.
    return qCompress(raw, 9).mid(4);
}

QByteArray QrCodePng::encode(const QString& text, int scale, int border)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code) {
        return {};
    }
    const int modules = code->width;
    const int size = (modules + 2 * border) * scale;
    const int rowBytes = (size + 7) / 8;

    QByteArray raw;
    raw.reserve((rowBytes + 1) * size);
    for (int y = 0; y < size; ++y) {
        raw += '\0'; // filter: none
        QByteArray row(rowBytes, '\0');
        const int my = y / scale - border;
        for (int x = 0; x < size; ++x) {
            const int mx = x / scale - border;
            const bool dark = mx >= 0 && my >= 0 && mx < modules && my < modules && (code->data[my * modules + mx] & 1);
            if (!dark) { // 1 = white in 1-bit grayscale
                row[x / 8] = static_cast<char>(row[x / 8] | (0x80 >> (x % 8)));
            }
        }
        raw += row;
    }

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBe32(header, static_cast<quint32>(size));
    appendBe32(header, static_cast<quint32>(size));
    header += static_cast<char>(1); // bit depth
    header += static_cast<char>(0); // grayscale
    header += static_cast<char>(0); // deflate
    header += static_cast<char>(0); // adaptive filtering
    header += static_cast<char>(0); // no interlace
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib(raw));
    appendChunk(png, "IEND", QByteArray());
    return png;
}
