# Status checks figures: POST /admin/system/status on a demo box with 1 and 100 mail domains, a real nsd on loopback
# serving the agent's zones as the box's resolver (DNS_RESOLVER).
boxkeeper_add_benchmark(bench_status SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_status.cpp LIBS boxkeeper_agent_core Qt6::Sql)
