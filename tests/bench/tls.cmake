# TLS module figures: GET /ssl/status over HTTPS on boxes with 1, 100 and 1,000 mail domains, agent peak RSS.
boxkeeper_add_benchmark(bench_tls SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_tls.cpp LIBS boxkeeper_agent_core Qt6::Sql)
