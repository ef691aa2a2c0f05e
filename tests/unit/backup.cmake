# Backup module (server-agent/backup): custom.yaml read and written in upstream's form, the status built from a
# fixed `duplicity collection-status` text and target listing at a fixed "now" (relative times, sizes, deleted_in),
# the checks of POST /system/backup/config.
boxkeeper_add_test(unit_backup LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup.cpp LIBS boxkeeper_agent_core)
