#!/usr/bin/env bash
# The naive per-check grader course sites use today, as a baseline for the benchmark: one
# `docker inspect --format …` per check of exercise 2.2.5/wordpress (plus one HTTP request), the
# book's `docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root
# -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress`.
#   bench/naive-wordpress.sh [PREFIX]     exit 0 when every check passes, else 1
set -u
p=${1:-}
wp=${p}wordpress
db=${p}wordpressdb
fail=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected '$2', found '$3'"; fail=1; fi
}
has() { # name needle haystack
  case "$3" in *"$2"*) echo "ok   $1" ;; *) echo "FAIL $1: '$2' not in '$3'"; fail=1 ;; esac
}
check exists "$wp" "$(docker inspect --format '{{.Name}}' "$wp" 2>/dev/null | sed 's#^/##')"
check image wordpress "$(docker inspect --format '{{.Config.Image}}' "$wp" 2>/dev/null | sed 's#:latest$##')"
check detached false "$(docker inspect --format '{{.Config.AttachStdout}}' "$wp" 2>/dev/null)"
check running true "$(docker inspect --format '{{.State.Running}}' "$wp" 2>/dev/null)"
has env-db-host WORDPRESS_DB_HOST=mysql "$(docker inspect --format '{{json .Config.Env}}' "$wp" 2>/dev/null)"
has env-db-user WORDPRESS_DB_USER=root "$(docker inspect --format '{{json .Config.Env}}' "$wp" 2>/dev/null)"
has env-db-password WORDPRESS_DB_PASSWORD=password "$(docker inspect --format '{{json .Config.Env}}' "$wp" 2>/dev/null)"
has link "/$db:/$wp/mysql" "$(docker inspect --format '{{json .HostConfig.Links}}' "$wp" 2>/dev/null)"
port=$(docker inspect --format '{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}' "$wp" 2>/dev/null)
has port-80-published 80/tcp "$(docker inspect --format '{{json .HostConfig.PortBindings}}' "$wp" 2>/dev/null)"
check http-answers 200 "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:${port:-0}/" 2>/dev/null)"
exit $fail
