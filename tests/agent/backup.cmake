# Backup routes (/admin/system/backup/config and status, /admin/boxkeeper/backup/run) against a live agent over
# HTTPS on a demo box: upstream's answers and status codes, nothing written on bad input, one run at a time (the
# stop command of the test holds a run until the test lets it go; duplicity is the real one).
boxkeeper_add_test(agent_backup_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup_routes.cpp
    LIBS boxkeeper_agent_core)
