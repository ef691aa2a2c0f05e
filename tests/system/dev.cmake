# The ./dev script as a person uses it: `./dev demo` with the real agent and a stand-in app.
boxkeeper_add_test(system_dev_demo LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_dev_demo.cpp TIMEOUT 300)
