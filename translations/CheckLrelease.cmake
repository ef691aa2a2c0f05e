# cmake -DLRELEASE=… -DOUT_DIR=… -DSTAMP=… -DTS_FILES="a.ts;b.ts" -P CheckLrelease.cmake
# Compiles each .ts file to a scratch .qm and fails on anything lrelease says beyond its progress lines
# (dropped duplicates, removed plural forms, parse errors): lrelease's warnings are errors in this project.
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME_WE)
    execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${OUT_DIR}/${name}.check.qm"
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(text "${out}${err}")
    string(REGEX REPLACE "Updating '[^'\n]*'\\.\\.\\.\n" "" rest "${text}")
    string(REGEX REPLACE " *Generated [0-9]+ translation\\(s\\) \\([0-9]+ finished and [0-9]+ unfinished\\)\n" ""
        rest "${rest}")
    string(REGEX REPLACE " *Ignored [0-9]+ untranslated source text\\(s\\)\n" "" rest "${rest}")
    string(STRIP "${rest}" rest)
    if(NOT result EQUAL 0 OR NOT rest STREQUAL "")
        message(FATAL_ERROR "lrelease ${ts} (exit ${result}) warned:\n${rest}")
    endif()
endforeach()
file(TOUCH "${STAMP}")
