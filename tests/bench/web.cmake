# Web module figures: POST /web/update with nothing changed over HTTPS on boxes with 1, 100 and 1,000 mail domains,
# agent peak RSS.
boxkeeper_add_benchmark(bench_web SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_web.cpp LIBS boxkeeper_agent_core Qt6::Sql)
