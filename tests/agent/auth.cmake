# Authentication, sessions, TOTP/MFA and the transport, against a real agent over HTTPS.
boxkeeper_add_test(agent_auth LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_auth_support.h
    LIBS boxkeeper_agent_core)
boxkeeper_add_test(agent_auth_mfa LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth_mfa.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_auth_support.h
    LIBS boxkeeper_agent_core)
boxkeeper_add_test(agent_auth_throttle LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth_throttle.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_auth_support.h
    LIBS boxkeeper_agent_core)
