# Status checks (POST /admin/system/status, GET /admin/boxkeeper/status/changes) on a live agent over HTTPS on a demo
# box: upstream's groups in order, the service ports from STATUS_LOCAL_PORTS / STATUS_PUBLIC_PORTS against loopback
# listeners of the test (a stopped local DNS ends the checks), updates from a stand-in apt-get, a check past its
# time limit, the nightly change report of `boxkeeper-agent --daily`.
boxkeeper_add_test(agent_status_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_status_routes.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
add_dependencies(agent_status_routes boxkeeper-agent)
