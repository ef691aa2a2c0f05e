# Taking over a box that Mail-in-a-Box set up (tests/support/UpstreamBox: its files built from the specs with setup's
# tools): the real agent, started with --config as a box's service, changes nothing at start but the system API key and
# its own state, serves every read route on the box's data without changing a file, its first write (a new user)
# changes users.sqlite and nothing else, and a custom record's change just custom.yaml and that zone (the whole tree
# compared each time: paths, modes, symlink targets, contents, times).
boxkeeper_add_test(system_migration LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_migration.cpp
    LIBS boxkeeper_agent_core TIMEOUT 600)
