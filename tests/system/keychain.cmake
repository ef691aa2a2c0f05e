# QtKeychain against a real Secret Service: gnome-keyring-daemon in a private D-Bus session, unlocked with a
# throwaway password, its keyrings in a temporary home (tests/support/private-keyring.sh: never the user's keyring).
# A second run with no session bus at all checks the "no keychain" path.
set(BOXKEEPER_PRIVATE_KEYRING ${PROJECT_SOURCE_DIR}/tests/support/private-keyring.sh)
qt_add_executable(system_keychain ${CMAKE_CURRENT_LIST_DIR}/tst_system_keychain.cpp)
target_link_libraries(system_keychain PRIVATE Qt6::Test boxkeeper_client)
add_test(NAME system_keychain
    COMMAND ${BOXKEEPER_PRIVATE_KEYRING} $<TARGET_FILE:system_keychain> -maxwarnings 0 storeReadOverwriteDelete notFound)
add_test(NAME system_keychain_nobackend COMMAND system_keychain noBackend)
set_tests_properties(system_keychain system_keychain_nobackend PROPERTIES LABELS system TIMEOUT 120)
set_tests_properties(system_keychain_nobackend PROPERTIES
    ENVIRONMENT "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/boxkeeper-test-bus;DISPLAY=")

# "Remember me" through the login dialog (offscreen) against a live agent and the same real Secret Service.
qt_add_executable(system_keychain_remember ${CMAKE_CURRENT_LIST_DIR}/tst_system_keychain_remember.cpp)
target_link_libraries(system_keychain_remember PRIVATE Qt6::Test boxkeeper_ui boxkeeper_testsupport)
add_dependencies(system_keychain_remember boxkeeper-agent)
add_test(NAME system_keychain_remember COMMAND ${BOXKEEPER_PRIVATE_KEYRING} $<TARGET_FILE:system_keychain_remember>)
set_tests_properties(system_keychain_remember PROPERTIES LABELS system TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false")
