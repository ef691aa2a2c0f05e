#pragma once

#include <QString>

#include <optional>

// Times in the API beyond upstream: ISO 8601 in UTC on the way out, an ISO date or date and time on the way in.
namespace ApiTime {
// "2026-12-07T12:00:00Z".
QString iso(qint64 secs);
// Unix seconds of an ISO date and time (UTC unless it says otherwise), or of a bare date (YYYY-MM-DD): its first
// second, UTC, with *bareDate set. nullopt when it is neither.
std::optional<qint64> parse(const QString& text, bool* bareDate);
} // namespace ApiTime
