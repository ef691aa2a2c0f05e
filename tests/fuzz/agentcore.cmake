# Random and malformed input against the agent core's parsers and against a live agent.
boxkeeper_add_test(fuzz_agentcore LABEL fuzz
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzz_agentcore.cpp
    LIBS boxkeeper_agent_core)
