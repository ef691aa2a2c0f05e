# Agent core units: config, password hashing, TOTP, JSON, routing, sessions, throttling, authentication.
foreach(unit boxconfig passwordhash totp pyjson router sessionstore loginthrottle authenticator qrcodepng
        requestframing)
    boxkeeper_add_test(unit_${unit} LABEL unit
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_agentcore_${unit}.cpp
        LIBS boxkeeper_agent_core)
endforeach()
# The PNG is checked with a real decoder (QtGui in the test only; the agent stays free of it).
target_link_libraries(unit_qrcodepng PRIVATE Qt6::Gui)
