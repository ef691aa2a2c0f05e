# Web routes (/admin/web/domains, /admin/web/update) against a live agent over HTTPS on a demo box: the domain
# list with roots and certificate status, the update's answers; nginx -t is a stand-in (NGINX) that refuses.
boxkeeper_add_test(agent_web_routes LABEL agent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_web_routes.cpp
    LIBS boxkeeper_agent_core)
