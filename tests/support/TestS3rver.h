#pragma once

#include <QProcess>
#include <QString>

// s3rver (npm), an S3-compatible server, on a free loopback port for the S3 backup tests: HTTPS with a server
// certificate (IP 127.0.0.1) from a throw-away CA made by the test, its data in the test's folder, one bucket made at
// start, the credentials S3RVER / S3RVER (signatures checked). s3rver lives in a cache folder of its own
// ($BOXKEEPER_S3RVER_DIR, else ~/.cache/boxkeeper-s3rver, where `./dev deps` installs it); when it is missing there
// and npm is installed, program() installs it (a pinned version).
class TestS3rver
{
public:
    static constexpr const char* Version = "3.7.1";
    static constexpr const char* AccessKey = "S3RVER";
    static constexpr const char* SecretKey = "S3RVER";

    TestS3rver() = default;
    TestS3rver(const TestS3rver&) = delete;
    TestS3rver& operator=(const TestS3rver&) = delete;
    ~TestS3rver();

    // The s3rver command, installed first if needed; empty with *error when node or npm are missing or the
    // install failed.
    static QString program(QString* error);

    // Starts s3rver with its files in `dir` and the bucket `bucket`; true once it listens.
    bool start(const QString& dir, const QString& bucket, QString* error);
    void stop();

    quint16 port() const { return m_port; }
    QString endpoint() const; // https://127.0.0.1:PORT
    QString caPath() const; // the CA of the server's certificate (PEM)
    QString dataDir() const; // s3rver's objects: <dataDir>/<bucket>/<key>._S3rver_object
    QByteArray log() const;

private:
    QString m_dir;
    quint16 m_port = 0;
    mutable QProcess m_process;
    mutable QByteArray m_log;
};
