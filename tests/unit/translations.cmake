# The desktop's translations keep up with its sources: lupdate over the sources finds no message a .ts file lacks and
# none it has beyond them (the entries themselves are checked by client_tsfiles).
boxkeeper_add_test(unit_translations_current LABEL unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations_current.cpp)
target_compile_definitions(unit_translations_current PRIVATE
    BOXKEEPER_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    BOXKEEPER_LUPDATE_LIST="${PROJECT_BINARY_DIR}/translations/boxkeeper_lupdate.lst")
