# Desktop widgets, offscreen, against a live agent. Screenshots of each dialog land in the test's working directory.
boxkeeper_add_test(gui_login LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_login.cpp LIBS boxkeeper_ui)
boxkeeper_add_test(gui_totp LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_totp.cpp LIBS boxkeeper_ui)
boxkeeper_add_test(gui_dialogs LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_dialogs.cpp LIBS boxkeeper_ui)
# The `boxkeeper` command line: no display → a clear message; bad options refused; --help without a display.
boxkeeper_add_test(gui_cli LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_cli.cpp LIBS Qt6::Core)
add_dependencies(gui_cli boxkeeper)
target_compile_definitions(gui_cli PRIVATE BOXKEEPER_DESKTOP_PATH="$<TARGET_FILE:boxkeeper>")
# "Remember me" with no keychain service at all (no D-Bus session bus): said once, login still works.
boxkeeper_add_test(gui_nokeychain LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_nokeychain.cpp LIBS boxkeeper_ui
    ENVIRONMENT "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/boxkeeper-test-bus")
