# Backup module (server-agent/backup): custom.yaml read and written in upstream's form, the status built from a
# fixed `duplicity collection-status` text and target listing at a fixed "now" (relative times, sizes, deleted_in),
# the checks of POST /system/backup/config.
boxkeeper_add_test(unit_backup LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup.cpp LIBS boxkeeper_agent_core)

# Backup targets (server-agent/backup/BackupTarget, S3Listing): the schemes' URLs, duplicity's options and
# environment as upstream's backup.py gives them, the checks and messages of POST /system/backup/config that need no
# network (B2's parsing, S3 without a bucket, other schemes), the rsync listing's parsing, AWS Signature Version 4
# against values made with botocore, the ListObjectsV2 answer and S3 error texts.
boxkeeper_add_test(unit_backup_target LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup_target.cpp
    LIBS boxkeeper_agent_core)
