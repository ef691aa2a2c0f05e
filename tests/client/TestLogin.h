#pragma once

// Logs an AuthService in and waits for the session (invalid if it did not come within 20 s).
#include "AuthService.h"

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
} // namespace TestLogin
