# DNS routes against a live agent over HTTPS.
boxkeeper_add_test(agent_dns_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_routes.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(agent_dns_curl LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_curl.cpp LIBS boxkeeper_agent_core)
# DNS jobs with the agent in process: reads answered while an update is held; repair of an interrupted signing.
boxkeeper_add_test(agent_dns_jobs LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dns_jobs.cpp
    LIBS boxkeeper_agent_core Qt6::Network TIMEOUT 600)
