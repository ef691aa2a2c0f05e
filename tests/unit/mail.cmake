# Mail module (server-agent/mail): address rules, orders, quotas and usage figures, the service on a temp database.
boxkeeper_add_test(unit_mail_address LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_address.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_mail_sort LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_sort.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_mail_usage LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_usage.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_mail_service LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_service.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_mail_kick LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_kick.cpp LIBS boxkeeper_agent_core)
boxkeeper_add_test(unit_mail_idna LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mail_idna.cpp LIBS boxkeeper_agent_core)
