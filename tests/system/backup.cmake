# Backups with the real duplicity: a demo box backed up by the agent to a file:// target, status (one full backup
# with the size of its files), a change and a second run (an incremental), then plain `duplicity restore` by the
# test (its own archive dir and HOME) gives back the tree, byte for byte, at the latest and at the first backup; the
# agent's own verify (ok, then a change shows) and restores of one file, one mailbox and everything into new
# directories (trees compared by hash) and over STORAGE_ROOT (services commands run, the tree of the backup back);
# retention by min_age once a newer full backup exists; a failing target's run still known after a restart.
boxkeeper_add_test(system_backup_duplicity LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_backup.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
