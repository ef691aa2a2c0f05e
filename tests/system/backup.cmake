# Backups with the real duplicity: a demo box backed up by the agent to a file:// target, status (one full backup
# with the size of its files), a change and a second run (an incremental), then plain `duplicity restore` by the
# test (its own archive dir and HOME) gives back the tree, byte for byte, at the latest and at the first backup; the
# agent's own verify (ok, then a change shows) and restores of one file, one mailbox and everything into new
# directories (trees compared by hash) and over STORAGE_ROOT (services commands run, the tree of the backup back);
# retention by min_age once a newer full backup exists; a failing target's run still known after a restart.
boxkeeper_add_test(system_backup_duplicity LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_backup.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)

# Backups over rsync+ssh: the agent makes its key pair (SYSTEM_ROOT/root/.ssh/id_rsa_miab), an sshd of the test's own
# (loopback port, own host key and sshd_config, the agent's public key as its only authorized key) takes a full and an
# incremental backup; the config check and the status list the remote folder with rsync; plain duplicity restores the
# tree byte for byte; the server stopped shows in the status and makes a run fail.
boxkeeper_add_test(system_backup_rsync LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_backup_rsync.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)

# Backups to S3: s3rver (npm, in a cache folder: ./dev deps installs it, else the test) over HTTPS on a loopback port
# with a test CA the agent trusts through TRUSTED_CA_FILE; the config check (upstream's messages for a missing bucket
# and a bad key), a full and an incremental through duplicity's boto3 backend, the status with the sizes of the
# bucket's objects (signed ListObjectsV2), plain duplicity restore byte for byte, the server stopped.
boxkeeper_add_test(system_backup_s3 LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_backup_s3.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
