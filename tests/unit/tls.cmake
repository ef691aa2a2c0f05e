# TLS module (server-agent/tls): certificate selection, the certificate check, installs with their failure texts
# (a throw-away CA made in the test), CSRs checked with the openssl tool; provisioning: grouping, ACME requests, the
# resolver against a DNS responder on loopback, the cleanup of expired files.
foreach(unit selection install csr provisioning)
    boxkeeper_add_test(unit_tls_${unit} LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tls_${unit}.cpp
        LIBS boxkeeper_agent_core)
endforeach()
