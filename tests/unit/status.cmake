# Status checks module (server-agent/status): the output model (web items, the nightly text, the change report with
# difflib's opcodes), the DNSSEC DS comparison and its detail lines, the MTA-STS policy, the backup age's days, the
# resolver's record forms.
boxkeeper_add_test(unit_status LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_status.cpp LIBS boxkeeper_agent_core)
