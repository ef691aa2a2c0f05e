# System routes (/admin/system/version, latest-upstream-version, updates, update-packages, reboot, privacy)
# against a live agent over HTTPS: apt-get and shutdown are stand-ins (APT_GET, REBOOT_COMMAND), upstream's
# setup.sh a loopback HTTP server of the test (UPSTREAM_VERSION_URL).
boxkeeper_add_test(agent_system_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_routes.cpp
    LIBS boxkeeper_agent_core)
