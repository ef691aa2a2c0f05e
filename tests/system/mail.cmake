# Mail module against the real mail tools: doveadm auth test on users.sqlite, postmap on sqlite maps.
boxkeeper_add_test(system_mail_tools LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_mail.cpp LIBS boxkeeper_agent_core TIMEOUT 300)
