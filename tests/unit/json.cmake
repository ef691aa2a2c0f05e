# The client core's forward JSON reader (app/JsonScanner.h) against QJsonDocument, over text and over bytes.
boxkeeper_add_test(unit_json_scanner LABEL unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_json_scanner.cpp LIBS boxkeeper_client)
