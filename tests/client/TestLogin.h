#pragma once

// Logs an AuthService in and waits for the session (invalid if it did not come within 20 s).
#include "ApiClient.h"
#include "AuthService.h"
#include "CertTrustStore.h"
#include "TestAgent.h"

#include <QSignalSpy>
#include <QTest>

namespace TestLogin {
inline Session logIn(AuthService* auth, const QString& email, const QString& password)
{
    QSignalSpy ok(auth, &AuthService::loggedIn);
    auth->logIn(email, password);
    if (!QTest::qWaitFor([&] { return !ok.isEmpty(); }, 20000)) {
        return {};
    }
    return ok.first().first().value<Session>();
}

// A client of `agent` owned by `parent` (its certificate pinned in `trust`), logged in as the agent's administrator.
inline Session logIn(const TestAgent& agent, CertTrustStore* trust, QObject* parent)
{
    auto* client = new ApiClient(agent.baseUrl(), trust, parent);
    trust->setPin(client->hostKey(), agent.fingerprint());
    auto* auth = new AuthService(client, client);
    return logIn(auth, agent.adminEmail(), agent.adminPassword());
}
} // namespace TestLogin
