# box/ units shared by every module: the process runner and the job queue (real processes and threads), the
# PyYAML-compatible reading and writing of upstream's YAML files.
foreach(unit processrunner jobqueue pyyaml)
    boxkeeper_add_test(unit_${unit} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_box_${unit}.cpp
        LIBS boxkeeper_agent_core)
endforeach()
