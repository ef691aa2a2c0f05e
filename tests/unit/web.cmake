# Web module (server-agent/web): the nginx configuration generator and www/custom.yaml.
boxkeeper_add_test(unit_web_config LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_web_config.cpp
    LIBS boxkeeper_agent_core)
