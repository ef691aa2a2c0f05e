# A whole box end to end (label e2e): the agent on a throw-away box, real nsd, postfix, dovecot and nginx on
# loopback ports serving what it writes (tests/support/TestLiveBox, TestMailServer), driven through the desktop's
# client core; mail over SMTP, submission and IMAP(S), DNS answers, HTTPS and the certificate each service shows.
boxkeeper_add_test(e2e_box LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_e2e_box.cpp
    LIBS boxkeeper_client TIMEOUT 600)
