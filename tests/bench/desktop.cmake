# Desktop figures: cold start to the login dialog, login to the Users page painted with 1,000 users, peak RSS.
boxkeeper_add_benchmark(bench_desktop SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_desktop.cpp
    LIBS boxkeeper_ui Qt6::Test Qt6::Sql)
add_dependencies(bench_desktop boxkeeper)
target_compile_definitions(bench_desktop PRIVATE BOXKEEPER_DESKTOP_PATH="$<TARGET_FILE:boxkeeper>")
# Mail & Users pages with 10,000 users and 10,000 aliases: Users page opening to painted, filter keystroke, RSS.
boxkeeper_add_benchmark(bench_desktop_mail SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_desktop_mail.cpp
    LIBS boxkeeper_ui Qt6::Test Qt6::Sql)
# Both seed the demo box's database with the gui tests' helper (MailDatabaseSeed.h).
target_include_directories(bench_desktop PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
target_include_directories(bench_desktop_mail PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
# DNS pages with 5,000 custom records and 1,000 zones: opening to painted, filter keystroke, RSS.
boxkeeper_add_benchmark(bench_desktop_dns SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_desktop_dns.cpp
    LIBS boxkeeper_ui Qt6::Test Qt6::Sql)
target_include_directories(bench_desktop_dns PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
# Monitoring page: 30 days at one-minute samples (43,200 points in each of 9 series) from the answer to the charts drawn.
boxkeeper_add_benchmark(bench_desktop_monitoring SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_desktop_monitoring.cpp
    LIBS boxkeeper_ui Qt6::Test)
target_include_directories(bench_desktop_monitoring PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
# Status Checks page: 1,000 domains' checks (≈ 20,000 lines) from the answer to painted, "only problems", RSS.
boxkeeper_add_benchmark(bench_desktop_status SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_desktop_status.cpp
    LIBS boxkeeper_ui Qt6::Test)
target_include_directories(bench_desktop_status PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../gui)
