# TLS routes (status, CSR, install) against a live agent over HTTPS, with a throw-away CA as TRUSTED_CA_FILE.
boxkeeper_add_test(agent_tls_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tls_routes.cpp
    LIBS boxkeeper_agent_core)
