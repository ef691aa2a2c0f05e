# A whole box end to end (label e2e): the agent on a throw-away box, real nsd, postfix, dovecot and nginx on
# loopback ports serving what it writes (tests/support/TestLiveBox, TestMailServer), driven through the desktop's
# client core; mail over SMTP, submission and IMAP(S), DNS answers, HTTPS and the certificate each service shows.
boxkeeper_add_test(e2e_box LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_e2e_box.cpp
    LIBS boxkeeper_client TIMEOUT 600)
# The same with the services' system configuration hidden (/etc/postfix, /etc/dovecot, /etc/nginx, /etc/nsd) and
# /etc and /var read-only: the box reads and writes nothing system-wide.
boxkeeper_add_test_without_etc(e2e_box_sealed e2e_box LABEL e2e DIRS /etc/postfix /etc/dovecot /etc/nginx /etc/nsd
    READ_ONLY /etc /var)
