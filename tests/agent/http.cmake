# The HTTP front of a live agent: request framing, TLS suites, HSTS, listen backlog, error texts, the client
# address, the capabilities route.
boxkeeper_add_test(agent_http LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_http.cpp
    LIBS boxkeeper_agent_core)
