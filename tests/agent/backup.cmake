# Backup routes (/admin/system/backup/config and status, /admin/boxkeeper/backup/run) against a live agent over
# HTTPS on a demo box: upstream's answers and status codes, nothing written on bad input, one run at a time (the
# stop command of the test holds a run until the test lets it go; duplicity is the real one); ours beyond upstream:
# the run history across a restart, the before/after-backup hooks, restore refusals and jobs (one job of any kind at a
# time), verify, the secret key behind the re-entered password (a wrong one logged and throttled).
boxkeeper_add_test(agent_backup_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup_routes.cpp
    LIBS boxkeeper_agent_core)
