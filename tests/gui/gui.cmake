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
# Mail & Users pages against a live agent (issue 6). TestTotp.h lives with the client tests and is shared.
foreach(name users users_many aliases csv mfa guides dns monitoring tls)
    boxkeeper_add_test(gui_${name} LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_${name}.cpp LIBS boxkeeper_ui
        TIMEOUT 600)
    target_include_directories(gui_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
endforeach()
target_link_libraries(gui_users_many PRIVATE Qt6::Sql)
target_include_directories(gui_totp PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
# The desktop shell: restart with the last box, login focus, lost connection, diagnostics, About, icons, window fit,
# Instructions page; on a small screen at 175%.
boxkeeper_add_test(gui_shell LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_shell.cpp LIBS boxkeeper_ui
    TIMEOUT 600)
# German and French: Qt's own strings translated, toolbars and navigation fit (1920×1080 screen).
foreach(language german:de_DE french:fr_FR)
    string(REPLACE ":" ";" language ${language})
    list(GET language 0 name)
    list(GET language 1 locale)
    string(SUBSTRING ${locale} 0 2 code)
    boxkeeper_add_test(gui_${name} LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_translated.cpp LIBS boxkeeper_ui
        ENVIRONMENT "LANGUAGE=${code};LANG=${locale}.UTF-8")
    add_dependencies(gui_${name} boxkeeper_lrelease)
    target_compile_definitions(gui_${name} PRIVATE BOXKEEPER_QM_DIR="${PROJECT_BINARY_DIR}/translations"
        BOXKEEPER_UI_LOCALE="${locale}")
endforeach()
# Backup Status against a live agent with the real duplicity: configuration dialog, a backup now, verify, the restore
# wizard (one mailbox into a new directory, compared with the box's), the backup key saved; upstream-only stand-in.
boxkeeper_add_test(gui_backup LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_backup.cpp LIBS boxkeeper_ui
    TIMEOUT 600)
target_include_directories(gui_backup PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
# System pages (issue 13): Status Checks, Web and System against a live agent.
foreach(name status web system)
    boxkeeper_add_test(gui_${name} LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_${name}.cpp LIBS boxkeeper_ui
        TIMEOUT 600)
    target_include_directories(gui_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
endforeach()
# API Tokens and Audit Log pages (issue 16) against a live agent, with the upstream-only stand-in.
foreach(name tokens audit)
    boxkeeper_add_test(gui_${name} LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_${name}.cpp LIBS boxkeeper_ui
        TIMEOUT 600)
    target_include_directories(gui_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
endforeach()
# The Boxes page (dashboard) with three live agents: states, one notification, mute, the offline view, Open.
boxkeeper_add_test(gui_dashboard LABEL gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_dashboard.cpp LIBS boxkeeper_ui
    TIMEOUT 600)
target_include_directories(gui_dashboard PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../client)
