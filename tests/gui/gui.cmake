# Desktop widgets, offscreen, against a live agent. Screenshots of each dialog land in the test's working directory.
boxkeeper_add_test(gui_login LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_login.cpp LIBS boxkeeper_ui)
boxkeeper_add_test(gui_totp LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_totp.cpp LIBS boxkeeper_ui)
boxkeeper_add_test(gui_dialogs LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_dialogs.cpp LIBS boxkeeper_ui)
