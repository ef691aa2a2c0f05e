# Monitoring module (server-agent/monitoring): the readers of /proc, postqueue -j and the mail log with fixed texts
# (tests/data/monitoring), the mail log follower on files of the test, and the metrics ring fed with made-up times.
foreach(unit parsers ring)
    boxkeeper_add_test(unit_monitoring_${unit} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitoring_${unit}.cpp
        LIBS boxkeeper_agent_core)
endforeach()
