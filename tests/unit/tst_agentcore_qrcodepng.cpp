#include "auth/QrCodePng.h"

#include <QImage>
#include <QTest>

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
    void checksums()
    {
        QCOMPARE(QrCodePng::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(QrCodePng::adler32("Wikipedia"), 0x11E60398u);
        QCOMPARE(QrCodePng::adler32(QByteArray()), 1u);
    }

    void storedDeflate()
    {
        const QByteArray raw(70000, 'a'); // two stored blocks
        const QByteArray z = QrCodePng::zlibStored(raw);
        QCOMPARE(z.size(), 2 + 5 + 65535 + 5 + (70000 - 65535) + 4);
        QCOMPARE(quint8(z[0]), quint8(0x78));
        QCOMPARE((quint8(z[0]) * 256 + quint8(z[1])) % 31, 0); // zlib header check
        QCOMPARE(quint8(z[2]), quint8(0)); // not final
        QCOMPARE(quint8(z[2 + 5 + 65535]), quint8(1)); // final
        QCOMPARE(be32(z, z.size() - 4), QrCodePng::adler32(raw));
    }

    void png()
    {
        const QByteArray png =
            QrCodePng::encode(QStringLiteral("otpauth://totp/x:me%40example.com?secret=AAAA&issuer=x"));
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
    }
};

QTEST_GUILESS_MAIN(TestQrCodePng)
#include "tst_agentcore_qrcodepng.moc"
