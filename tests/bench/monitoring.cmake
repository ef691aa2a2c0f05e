# Monitoring figures: CPU and wall time per sample (target < 1% of one core at one sample a minute), query times.
boxkeeper_add_benchmark(bench_monitoring SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_monitoring.cpp LIBS boxkeeper_agent_core)
