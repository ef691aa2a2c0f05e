#include "auth/QrCodePng.h"

#include <QImage>
#include <QTest>

#include <qrencode.h>

class TestQrCodePng : public QObject
{
    Q_OBJECT
private:
    static quint32 be32(const QByteArray& b, qsizetype at)
    {
        return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
               quint32(quint8(b[at + 3]));
    }

private Q_SLOTS:
    void checksums() { QCOMPARE(QrCodePng::crc32("123456789"), 0xCBF43926u); }

    void zlibStream()
    {
        const QByteArray raw(70000, 'a');
        const QByteArray z = QrCodePng::zlib(raw);
        QVERIFY(z.size() < 1000); // deflated, not stored
        QCOMPARE(quint8(z[0]) & 0x0f, 8); // deflate
        QCOMPARE((quint8(z[0]) * 256 + quint8(z[1])) % 31, 0); // zlib header check
        // Adler-32 of the data at the end ("Wikipedia" is the textbook example).
        QCOMPARE(QrCodePng::zlib("Wikipedia").right(4), QByteArray::fromHex("11E60398"));
        // qUncompress takes the stream after a 4-byte expected length.
        QByteArray sized(4, '\0');
        sized[1] = char(0x01);
        sized[2] = char(0x11);
        sized[3] = char(0x70);
        QCOMPARE(qUncompress(sized + z), raw);
    }

    void png()
    {
        const QString text = QStringLiteral("otpauth://totp/x:me%40example.com?secret=AAAA&issuer=x");
        const QByteArray png = QrCodePng::encode(text);
        // Deflated: about 1 KB (stored blocks made it about 31 KB).
        QVERIFY2(png.size() < 2048, QByteArray::number(png.size()).constData());
        QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        const quint32 width = be32(png, 16);
        QCOMPARE(be32(png, 20), width);
        QVERIFY(width >= (21 + 8) * 10);
        QCOMPARE(width % 10, 0u);
        QCOMPARE(quint8(png[24]), quint8(1)); // 1 bit
        QCOMPARE(quint8(png[25]), quint8(0)); // grayscale
        // Every chunk's CRC is right.
        qsizetype at = 8;
        QStringList types;
        while (at < png.size()) {
            const quint32 len = be32(png, at);
            const QByteArray typed = png.mid(at + 4, 4 + len);
            QCOMPARE(be32(png, at + 8 + len), QrCodePng::crc32(typed));
            types.append(QString::fromLatin1(typed.left(4)));
            at += 12 + len;
        }
        QCOMPARE(at, png.size());
        QCOMPARE(types, (QStringList{QStringLiteral("IHDR"), QStringLiteral("IDAT"), QStringLiteral("IEND")}));

        // A real decoder reads it: white quiet zone, the dark corner of the top-left finder pattern.
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.width(), int(width));
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(45, 45)), 0); // module (0,0) after a 4-module border
        QCOMPARE(qGray(image.pixel(45 + 10, 45 + 10)), 255); // the finder's white ring
        QCOMPARE(qGray(image.pixel(45 + 30, 45 + 30)), 0); // its dark centre
        // Every module, read back from the decoded image, is the one libqrencode made for the text.
        const QByteArray utf8 = text.toUtf8();
        QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
        QVERIFY(code);
        QCOMPARE(int(width), (code->width + 8) * 10);
        for (int y = 0; y < code->width; ++y) {
            for (int x = 0; x < code->width; ++x) {
                const bool dark = code->data[y * code->width + x] & 1;
                QCOMPARE(qGray(image.pixel(45 + x * 10, 45 + y * 10)), dark ? 0 : 255);
            }
        }
        QRcode_free(code);
    }
};

QTEST_GUILESS_MAIN(TestQrCodePng)
#include "tst_agentcore_qrcodepng.moc"
