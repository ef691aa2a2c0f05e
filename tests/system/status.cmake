# Status checks against the box's real nsd: the agent's zones served by nsd on a loopback port (DNS_RESOLVER), a
# certificate from a throw-away CA (TRUSTED_CA_FILE), backups by the real duplicity (one made under an old clock);
# the DNS checks of the box's domains report ok, then a stale backup made fresh, a wrong MX through custom DNS, an
# expired certificate and a stopped nsd each flip exactly their checks.
boxkeeper_add_test(system_status LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_status.cpp
    LIBS boxkeeper_agent_core TIMEOUT 600)
add_dependencies(system_status boxkeeper-agent)
