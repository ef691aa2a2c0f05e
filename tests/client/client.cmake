# Desktop client core against a live agent over HTTPS on loopback.
boxkeeper_add_test(client_login LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_login.cpp
    LIBS boxkeeper_client)
boxkeeper_add_test(client_mfa LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_mfa.cpp
    LIBS boxkeeper_client)
boxkeeper_add_test(client_network LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_network.cpp
    LIBS boxkeeper_client)
boxkeeper_add_test(client_settings LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_settings.cpp
    LIBS boxkeeper_client)
boxkeeper_add_test(client_http LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_http.cpp
    LIBS boxkeeper_client)
boxkeeper_add_test(client_usersmodel LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_usersmodel.cpp
    LIBS boxkeeper_client)
# MailService (the Users and Aliases pages' calls) against a live agent: typed results and refusals.
boxkeeper_add_test(client_mail LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_mail.cpp
    LIBS boxkeeper_client)
# Client core classes of the Mail & Users pages, unit-level: CSV, import plans, validation, models in place.
boxkeeper_add_test(client_mailcore LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_mailcore.cpp
    LIBS boxkeeper_client)
# The desktop's translation choice against the compiled .qm files: English plurals when no translation fits.
boxkeeper_add_test(client_translations LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_translations.cpp
    LIBS boxkeeper_client)
add_dependencies(client_translations boxkeeper_lrelease)
target_compile_definitions(client_translations PRIVATE BOXKEEPER_QM_DIR="${PROJECT_BINARY_DIR}/translations")
# Every shipped .ts file: no markup the source lacks, every placeholder kept, nothing unfinished; every .qm loads.
boxkeeper_add_test(client_tsfiles LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_tsfiles.cpp
    LIBS boxkeeper_client)
add_dependencies(client_tsfiles boxkeeper_lrelease)
target_compile_definitions(client_tsfiles PRIVATE BOXKEEPER_QM_DIR="${PROJECT_BINARY_DIR}/translations")
# The desktop's log (requests without secrets, rotation), the diagnostics text and the box's capabilities.
boxkeeper_add_test(client_logging LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_logging.cpp
    LIBS boxkeeper_client)
# The box's capabilities from the agent, and the hostname fallback without them.
boxkeeper_add_test(client_capabilities LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_capabilities.cpp
    LIBS boxkeeper_client)
# DnsService (the Custom DNS and External DNS pages' calls) against a live agent, each change checked in the zone file.
boxkeeper_add_test(client_dns LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_dns.cpp
    LIBS boxkeeper_client)
# MonitoringService (the Monitoring page's calls) against a live agent sampling every 50 ms, and the downsampling of
# its series for charts (peaks kept, points bounded).
boxkeeper_add_test(client_monitoring LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_monitoring.cpp
    LIBS boxkeeper_client)
# The TLS page's client core, unit-level: status and provisioning answers, install refusals, certificate details,
# upstream's CSR country list, the status model.
boxkeeper_add_test(client_tls LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_tls.cpp
    LIBS boxkeeper_client)
# Backup data of the client core, unit-level: target URLs composed and read back, the box's answers parsed.
boxkeeper_add_test(client_backupinfo LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_backupinfo.cpp
    LIBS boxkeeper_client)
# Client core of the System pages, unit-level: the status checks' tree model, the system and web answers' readers.
boxkeeper_add_test(client_status LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_status.cpp
    LIBS boxkeeper_client)
# TokenService (the API Tokens page's calls) against a live agent: create, use within and outside the scopes, revoke.
boxkeeper_add_test(client_tokens LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_tokens.cpp
    LIBS boxkeeper_client)
# AuditService (the Audit Log page's calls): the answers' readers, the query, CSV, the model; live against the agent.
boxkeeper_add_test(client_audit LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_audit.cpp
    LIBS boxkeeper_client)
# The dashboard's pure pieces: which worsenings are notified (HealthChanges) and the offline cache on disk.
boxkeeper_add_test(client_fleetcore LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_fleetcore.cpp
    LIBS boxkeeper_client)
# The dashboard's background watch over three live agents: states, notifications once, mute, sleep, offline cache.
boxkeeper_add_test(client_fleet LABEL client SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_client_fleet.cpp
    LIBS boxkeeper_client TIMEOUT 600)
