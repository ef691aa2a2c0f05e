#pragma once

// A logged-in desktop for the gui tests: settings in a temporary file, no keychain writes, the AppController
// driven like a user (password typed, Return), the TOTP step answered when a key is given.
#include "AppController.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SettingsStore.h"
#include "TestAgent.h"
#include "TestHttp.h"
#include "TestTotp.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TotpLoginDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class GuiSession
{
public:
    explicit GuiSession(TestAgent* agent)
        : m_agent(agent)
        , m_settings(std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini"))))
        , m_credentials(std::make_unique<CredentialStore>(QStringLiteral("BoxkeeperTest"), nullptr))
        , m_controller(std::make_unique<AppController>(m_settings.get(), m_credentials.get()))
    {
        m_controller->start({agent->baseUrl().toString(), agent->adminEmail(), agent->fingerprint(), QString()});
    }

    AppController* controller() const { return m_controller.get(); }
    MainWindow* window() const { return m_controller->mainWindow(); }
    // Screenshots of the main window at 1280 × 900 (`name`.png) and 900 px wide (`name`-900.png).
    bool saveWindow(const QString& name) const
    {
        MainWindow* w = window();
        w->resize(1280, 900);
        QCoreApplication::processEvents();
        if (!w->grab().save(name + QStringLiteral(".png")))
            return false;
        w->resize(900, 900);
        QCoreApplication::processEvents();
        const bool ok = w->grab().save(name + QStringLiteral("-900.png"));
        w->resize(1280, 900);
        return ok;
    }

    // Types the password (and, if `totpKey` is set, a current code) and waits for the main window.
    bool logIn(const QString& password, const QByteArray& totpKey = {})
    {
        LoginDialog* login = m_controller->loginDialog();
        if (!QTest::qWaitFor([login] { return login->isVisible() && !login->isBusy(); }, 20000)) {
            return false;
        }
        auto* edit = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        edit->setText(password);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!totpKey.isEmpty()) {
            TotpLoginDialog* totp = m_controller->totpDialog();
            if (!QTest::qWaitFor([totp] { return totp->isVisible(); }, 20000)) {
                return false;
            }
            auto* code = totp->findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
            // The box takes each time step once: the current and the next step's codes may both be spent (by an
            // enrolment and the session renewal after it), then the step after them is tried once it is in the window.
            const quint64 start = TotpCode::currentStep();
            for (int offset : {0, 1, 2}) {
                if (offset == 2 && !QTest::qWaitFor([start] { return TotpCode::currentStep() > start; }, 31000)) {
                    return false;
                }
                if (!QTest::qWaitFor([code] { return !code->isReadOnly(); }, 20000)) {
                    return false;
                }
                code->clear();
                QTest::keyClicks(code, TotpCode::forStep(totpKey, start + quint64(offset)));
                const bool settled = QTest::qWaitFor(
                    [&] { return window()->isVisible() || (!code->isReadOnly() && code->text().isEmpty()); }, 20000);
                if (!settled || window()->isVisible()) {
                    break;
                }
            }
        }
        return QTest::qWaitFor([this] { return window()->isVisible(); }, 20000);
    }

private:
    TestAgent* m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AppController> m_controller;
};

// Direct API reads for verifying what the widgets did.
class ApiProbe
{
public:
    explicit ApiProbe(TestAgent* agent)
        : m_agent(agent)
        , m_http(agent->certificate())
    { }

    TestHttp::Reply get(const QString& path)
    {
        return m_http.get(m_agent->url(path), {TestHttp::basicAuth(m_agent->systemApiKey(), QString())});
    }
    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields)
    {
        return m_http.postForm(m_agent->url(path), fields, {TestHttp::basicAuth(m_agent->systemApiKey(), QString())});
    }
    // Adds a mail user through the API; returns the HTTP status (200 when added).
    int addUser(const QString& email, const QString& password)
    {
        return post(QStringLiteral("/mail/users/add"),
                    {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .status;
    }
    // email → {"status": …, "privileges": […], "quota": …} from GET /mail/users?format=json
    QJsonObject user(const QString& email)
    {
        const QJsonArray groups = QJsonDocument::fromJson(get(QStringLiteral("/mail/users?format=json")).body).array();
        for (const QJsonValue& g : groups) {
            for (const QJsonValue& u : g.toObject().value(QLatin1String("users")).toArray()) {
                if (u.toObject().value(QLatin1String("email")).toString() == email) {
                    return u.toObject();
                }
            }
        }
        return {};
    }
    QJsonObject alias(const QString& address)
    {
        const QJsonArray groups =
            QJsonDocument::fromJson(get(QStringLiteral("/mail/aliases?format=json")).body).array();
        for (const QJsonValue& g : groups) {
            for (const QJsonValue& a : g.toObject().value(QLatin1String("aliases")).toArray()) {
                if (a.toObject().value(QLatin1String("address")).toString() == address) {
                    return a.toObject();
                }
            }
        }
        return {};
    }
    // True if /login accepts the password (status "ok" or a TOTP request).
    bool passwordWorks(const QString& email, const QString& password)
    {
        const TestHttp::Reply r =
            m_http.postForm(m_agent->url(QStringLiteral("/login")), {}, {TestHttp::basicAuth(email, password)});
        const QString status = QJsonDocument::fromJson(r.body).object().value(QLatin1String("status")).toString();
        return status == QLatin1String("ok") || status == QLatin1String("missing-totp-token");
    }

private:
    TestAgent* m_agent;
    TestHttp m_http;
};
