#include "MfaStatus.h"

#include <QJsonArray>
#include <QJsonObject>

bool MfaStatus::parse(const QJsonDocument& document, MfaStatus* out)
{
    if (!document.isObject()) {
        return false;
    }
    const QJsonObject o = document.object();
    MfaStatus status;
    for (const QJsonValue& v : o.value(QLatin1String("enabled_mfa")).toArray()) {
        const QJsonObject d = v.toObject();
        Device device;
        device.id = d.value(QLatin1String("id")).toInt();
        device.type = d.value(QLatin1String("type")).toString();
        device.label = d.value(QLatin1String("label")).toString();
        status.devices.append(device);
    }
    const QJsonObject totp = o.value(QLatin1String("new_mfa")).toObject().value(QLatin1String("totp")).toObject();
    status.newSecret = totp.value(QLatin1String("secret")).toString();
    status.newQrPng = QByteArray::fromBase64(totp.value(QLatin1String("qr_code_base64")).toString().toLatin1());
    *out = status;
    return true;
}

QString MfaStatus::groupedSecret(const QString& secret)
{
    QStringList groups;
    for (int i = 0; i < secret.size(); i += 4) {
        groups.append(secret.mid(i, 4));
    }
    return groups.join(QLatin1Char(' '));
}
