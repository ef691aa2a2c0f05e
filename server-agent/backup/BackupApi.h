#pragma once

#include <QString>

#include <functional>

class BackupService;
class HttpRequest;
class Router;

// The backup routes: upstream's /system/backup/status and /system/backup/config (api.md §9.11–9.13), and ours
// under /boxkeeper/backup/ (README): read the request, call BackupService or BackupRestore, answer in upstream's
// formats.
namespace BackupApi {
// Whether `password` is the password of `email` (the login's check; a failure is logged and throttled).
using PasswordCheck = std::function<bool(const HttpRequest& request, const QString& email, const QString& password)>;
void registerRoutes(Router& router, BackupService& backups, PasswordCheck checkPassword);
} // namespace BackupApi
