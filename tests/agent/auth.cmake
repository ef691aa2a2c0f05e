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
# Issue 3's route x role matrix, with the agent in process to move its clock past a session's expiry.
boxkeeper_add_test(agent_auth_matrix LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth_matrix.cpp
    LIBS boxkeeper_agent_core Qt6::Sql)
# Scoped API tokens (issue 16): management, Basic and Bearer use, scopes route by route, revocation, expiry, the
# throttle, and the secret kept out of the database and the log.
boxkeeper_add_test(agent_auth_tokens LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth_tokens.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_auth_support.h
    LIBS boxkeeper_agent_core Qt6::Sql)
# The audit log (issue 16): one entry per change, none for reads, refusals recorded, no secret anywhere, filters and
# paging, append-only and retention.
boxkeeper_add_test(agent_audit LABEL agent
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_audit.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_auth_support.h
    LIBS boxkeeper_agent_core Qt6::Sql)
