#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// The latest Mail-in-a-Box release (api.md §9.5): its setup script names it in its first "TAG=" line.
namespace UpstreamVersion {
inline constexpr const char* DefaultUrl = "https://mailinabox.email/setup.sh?ping=1";
inline constexpr int TimeoutMs = 5000;

// The rest of the line after the script's first "TAG=", e.g. "v75"; nullopt when there is none.
std::optional<QString> tagFromSetupScript(const QByteArray& script);

struct Result
{
    int status = 200; // 200, or 502 (no answer, an HTTP error, no TAG= line), 504 (no answer in time)
    QString text; // the tag, or the reason in one sentence
};
// Fetches `url` (HTTP or HTTPS, redirects followed, at most `timeoutMs` in all) and reads the tag.
// Blocks the calling thread (it runs its own event loop); any thread will do.
Result fetch(const QUrl& url, int timeoutMs = TimeoutMs);
} // namespace UpstreamVersion
