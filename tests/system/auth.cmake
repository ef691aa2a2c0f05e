# The fail2ban filter from packaging/ against the agent's failed-login line, with the real fail2ban-regex.
boxkeeper_add_test(system_auth_fail2ban LABEL system
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_auth_fail2ban.cpp
    LIBS boxkeeper_agent_core)
