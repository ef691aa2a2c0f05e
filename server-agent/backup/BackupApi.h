#pragma once

class Router;
class BackupService;

// The backup routes: upstream's /system/backup/status and /system/backup/config (api.md §9.11–9.13), and ours
// under /boxkeeper/backup/ (README): read the request, call BackupService, answer in upstream's formats.
namespace BackupApi {
void registerRoutes(Router& router, BackupService& backups);
}
