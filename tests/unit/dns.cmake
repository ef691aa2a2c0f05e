# DNS module unit tests (pure pieces: builder, zone writer, custom records, validation).
boxkeeper_add_test(unit_dns_records LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_records.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_dns_zonefile LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_zonefile.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_dns_custom LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_custom.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_dns_validation LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_validation.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_dns_nsdconfig LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_nsdconfig.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_dns_api LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_api.cpp LIBS boxkeeper_agent_core)
# DNSSEC signing with the real ldns tools (skipped where they are missing).
boxkeeper_add_test(unit_dns_dnssec LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_dnssec.cpp LIBS boxkeeper_agent_core)
