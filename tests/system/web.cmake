# Web module against the real nginx: `nginx -t` (with a private top-level nginx.conf of the test that includes the
# generated file) accepts the web update's configuration for 1, 3 and 100 domains with custom.yaml proxies,
# redirects and aliases, and rejects a broken include, which keeps the old file. Skipped without nginx.
boxkeeper_add_test(system_web_nginx LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_web.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
# nginx reads only the test's configuration: the same test with /etc/nginx hidden.
boxkeeper_add_test_without_etc(system_web_nginx_without_etc system_web_nginx DIRS /etc/nginx)
# The agent behind the real nginx: --plain-http on a loopback port, the web update's configuration for loopback
# ports (WEB_LISTEN_ADDRESS, WEB_HTTP_PORT, WEB_HTTPS_PORT, AGENT_URL) served by nginx; login and the users list
# through /admin/ as directly, the port-80 redirect and ACME webroot, the mail clients' files.
boxkeeper_add_test(system_web_proxy LABEL system SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_system_web_proxy.cpp
    LIBS boxkeeper_agent_core TIMEOUT 300)
