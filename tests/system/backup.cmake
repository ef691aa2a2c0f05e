# Backups with the real duplicity: a demo box backed up by the agent to a file:// target, status (one full backup
# with the size of its files), a change and a second run (an incremental), then plain `duplicity restore` by the
# test (its own archive dir and HOME) gives back the tree, byte for byte, at the latest and at the first backup.
boxkeeper_add_test(system_backup_duplicity LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_backup.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
