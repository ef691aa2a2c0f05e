# DNS module system tests: the real nsd-checkzone, ldns tools, nsd and dig on loopback.
boxkeeper_add_test(system_dns_nsd LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_dns.cpp
    LIBS boxkeeper_agent_core TIMEOUT 600)
boxkeeper_add_test(system_dns_agent LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_dns_agent.cpp
    LIBS boxkeeper_agent_core TIMEOUT 600)
# nsd and nsd-control read only the configuration the test writes: the end-to-end test with /etc/nsd hidden.
boxkeeper_add_test_without_etc(system_dns_agent_without_etc system_dns_agent DIRS /etc/nsd)
boxkeeper_add_test_without_etc(system_dns_nsd_without_etc system_dns_nsd DIRS /etc/nsd)
