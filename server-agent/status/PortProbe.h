#pragma once

#include <QString>

// Whether a TCP connection to address:port succeeds within timeoutMs (status_checks.py's try_connect and the
// outbound SMTP test): a connect on a non-blocking socket, closed at once. Thread-safe.
namespace PortProbe {
bool connects(const QString& address, int port, int timeoutMs);
}
