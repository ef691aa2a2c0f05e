# A new mail domain on a whole box (real nsd, postfix, dovecot, nginx): POST /admin/mail/users/add to the MX served
# and the first message accepted (target: 1 s).
boxkeeper_add_benchmark(bench_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_e2e.cpp LIBS Qt6::Network)
