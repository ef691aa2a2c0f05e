# Backup module figures: GET /system/backup/status with 100 backups in the chain (real duplicity backups), first call
# and the cached listing's median; the chain's set-up time.
boxkeeper_add_benchmark(bench_backup SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_backup.cpp LIBS boxkeeper_agent_core)
