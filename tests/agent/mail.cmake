# Mail module routes against a live agent over HTTPS.
boxkeeper_add_test(agent_mail_users LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_users.cpp LIBS boxkeeper_agent_core Qt6::Sql)
boxkeeper_add_test(agent_mail_curl LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_curl.cpp LIBS boxkeeper_agent_core)
