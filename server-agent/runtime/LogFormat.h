#pragma once

// The agent's log lines on stderr (journald collects them under systemd): "<category>: <message>",
// except failed logins, which are written exactly as
//   boxkeeper-agent: authentication failure for <email> from <ip>
// so that fail2ban's filter (packaging/fail2ban) matches them whatever Qt's message pattern is.
namespace LogFormat {
constexpr const char* FailedLoginCategory = "boxkeeper.agent.auth.failure";
void install();
} // namespace LogFormat
