# DNS module benchmark: zone generation and signing for 1, 100 and 1,000 mail domains.
boxkeeper_add_benchmark(bench_dns SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_dns.cpp LIBS boxkeeper_agent_core Qt6::Network)
