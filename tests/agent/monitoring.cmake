# GET /admin/boxkeeper/metrics against a live agent over HTTPS sampling every 50 ms, with a stand-in postqueue and a
# mail log of the test.
boxkeeper_add_test(agent_monitoring_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitoring_routes.cpp)
