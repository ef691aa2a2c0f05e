# TLS certificates issued for real on loopback: pebble (ACME server) validating HTTP-01 through the nginx and the nsd
# serving what the agent generated, certbot run by the agent; renewal through `boxkeeper-agent --daily`.
boxkeeper_add_test(system_acme LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_acme.cpp TIMEOUT 600)
add_dependencies(system_acme boxkeeper-agent)
