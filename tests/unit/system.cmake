# System module (server-agent/system): apt simulation lines, setup.sh's TAG=, settings.yaml's privacy key; the
# service with a stand-in apt-get and a reboot command that only writes a file.
boxkeeper_add_test(unit_system_parsers LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_parsers.cpp
    LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_system_service LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_service.cpp
    LIBS boxkeeper_agent_core)
