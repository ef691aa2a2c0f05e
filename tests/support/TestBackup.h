#pragma once

#include "TestTool.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

class TestAgent;
class TestHttp;

// The steps the backup system tests share, whatever the target (file://, rsync over ssh, S3): the box's content,
// the backup routes of a live agent, plain duplicity restores, tree comparisons.
namespace TestBackup {

// Every file and folder below `root` (but `skip`, relative names) with the SHA-256 of each file's content.
QMap<QString, QByteArray> treeHashes(const QString& root, const QStringList& skip = {});
// The agent's STORAGE_ROOT as a backup holds it (without backup/ and owncloud-backup/), and without the agent's own
// metrics database (boxkeeper/, which its sampler writes while it serves).
QMap<QString, QByteArray> sourceTree(const TestAgent& agent);

// The admin's mailbox folder of the demo box (mail/mailboxes/example.com/admin/cur).
QString mailbox(const TestAgent& agent);
// Puts some mail and a larger file into the demo box; false when a file cannot be written.
bool fillBox(const TestAgent& agent);

// GET `path` as the admin, the answer read as a JSON object.
QJsonObject getObject(const TestAgent& agent, TestHttp& http, const QString& path);
// POST /system/backup/config as the admin; the answer's body ("\"OK\"\n" when saved).
QByteArray setConfig(const TestAgent& agent, TestHttp& http, const QString& target, const QString& user = {},
                     const QString& pass = {}, const QString& minAge = QStringLiteral("3"));
// Runs a backup through POST /boxkeeper/backup/run and waits for its end: the last GET /boxkeeper/backup/run
// ({"error": ...} when it did not start).
QJsonObject runBackup(const TestAgent& agent, TestHttp& http);

// Plain duplicity restore of `url` into `into`, as an admin would run it: the box's passphrase, `archiveDir` of its
// own, `extra` arguments (options of the target, --time) and `environment` entries (NAME=value) of the target.
TestTool::Result restore(const TestAgent& agent, const QString& url, const QString& into, const QString& archiveDir,
                         const QStringList& extra = {}, const QStringList& environment = {});

// The files of a folder and below (the target of file:// and rsync, or an S3 server's data folder) by their name
// relative to it, with `suffix` cut off (only names that end with it when given), and their sizes.
QMap<QString, qint64> folderFiles(const QString& dir, const QString& suffix = {});
// The bytes of the files of one backup set, as the status counts them: names holding `.<date>.` (but not as the
// base of an increment, `.<date>.to.`).
qint64 bytesOfSet(const QMap<QString, qint64>& files, const QString& date);

// Ends the gpg agents that duplicity's gpg started: the box's, and the one of the test's own restores.
void endGpgAgents(const TestAgent& agent);

// Checks the backup status against the target's files: `count` backups, each with the size of its set's files,
// and `unmatched_file_size` the rest of the duplicity files.
void checkSizes(const QJsonObject& status, int count, const QMap<QString, qint64>& files);

} // namespace TestBackup
