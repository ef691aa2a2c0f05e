# Mail module figures: list latency at 1k/10k users+aliases, agent RSS, user add on a box with 1,000 domains.
boxkeeper_add_benchmark(bench_mail_api SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_mail_api.cpp LIBS boxkeeper_agent_core Qt6::Sql)
