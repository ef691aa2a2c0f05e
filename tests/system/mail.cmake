# Mail module against the real mail tools: doveadm auth test on users.sqlite, postmap on sqlite maps.
boxkeeper_add_test(system_mail_tools LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_mail.cpp LIBS boxkeeper_agent_core TIMEOUT 300)
# The mail tools get their configuration from the test only: the same tests with /etc/postfix and /etc/dovecot
# hidden (postfix installed with "No configuration" has no main.cf at all).
boxkeeper_add_test_without_etc(system_mail_tools_without_etc system_mail_tools DIRS /etc/postfix /etc/dovecot)
boxkeeper_add_test_without_etc(unit_passwordhash_without_etc unit_passwordhash DIRS /etc/dovecot ARGS doveadmAgrees)
