#pragma once

#include <QString>

#include <optional>

// A self-contained demo box in one directory (DESIGN.md, "Agent configuration"): its config file,
// STORAGE_ROOT and SYSTEM_ROOT inside the directory, users.sqlite with a first administrator and the
// administrator@ alias, and a self-signed certificate. Re-preparing an existing directory reuses it.
class DemoBox
{
public:
    static constexpr const char* AdminEmail = "admin@example.com";
    static constexpr const char* Hostname = "box.example.com";

    // Creates what is missing in `dir`. nullopt (and *error) on failure.
    static std::optional<DemoBox> prepare(const QString& dir, QString* error = nullptr);

    QString dir() const { return m_dir; }
    QString configPath() const;
    QString adminEmail() const { return QLatin1String(AdminEmail); }
    QString adminPassword() const { return m_password; }

    // Writes DIR/demo.env (mode 0600, atomically) for the listening agent, and returns what to print.
    bool writeEnv(quint16 port, const QString& fingerprint, QString* error = nullptr) const;
    QString banner(quint16 port, const QString& fingerprint) const;

private:
    QString m_dir;
    QString m_password;
};
