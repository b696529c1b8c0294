#!/usr/bin/env bash
# Builds offline stand-ins for the book's images from Debian's busybox-static (registry:2.6 from Debian's
# docker-registry), so tests and `selftest` run with no registry. A stand-in is created only where the
# tag is missing (a user's real image is never replaced), and each carries the label
# dockgrade.stand-in=true. A stand-in made by an older recipe of this script (its label
# dockgrade.stand-in.recipe differs from RECIPE below) is replaced; only labelled images ever are.
#   scripts/stand-in-images.sh            create the missing stand-ins
#   scripts/stand-in-images.sh --remove   remove the labelled stand-ins (only those)
set -euo pipefail
LABEL=dockgrade.stand-in
# The images the exercises and their mutations use.
IMAGES=(ubuntu:14.04 ubuntu:16.04 centos:7 centos:8 mysql:5.7 mysql:latest wordpress:latest)
# 2.2.9 (resource limits)
IMAGES+=(alicek106/stress:latest nginx:latest)
# 2.2.6 (volumes): the book's image whose /home/testdir_2 holds a file `test` that a bind mount hides
IMAGES+=(alicek106/volume_test:latest)
# 2.3.4 (private registry): Debian's build of the distribution registry, a real registry API on port 5000
IMAGES+=(registry:2.6)
# 2.4.4 (SHELL): FROM node, SHELL ["/usr/local/bin/node"], RUN -v
IMAGES+=(node:latest)
# 2.5.4 (cAdvisor): only the container's definition is graded; it serves a page on port 8080 and reads nothing
IMAGES+=(google/cadvisor:latest)
# 2.5.3 (the remote API on TCP, and behind TLS): the book restarts dockerd with -H tcp://… (and --tlsverify); a
# shared engine is never restarted, so the reference solutions forward the engine's socket to 127.0.0.1:2375 (and
# through TLS to 127.0.0.1:2376) from a container, as alpine/socat does
IMAGES+=(alpine/socat:latest)

say() { echo "stand-in-images: $*" >&2; }

# The recipe of each stand-in whose making changed since it was first made (default 1): a labelled
# stand-in of another recipe is made again. registry 2: a real registry, where 1 served nothing.
recipe_of() { case "$1" in registry:*) echo 2 ;; *) echo 1 ;; esac; }
# What a stand-in adds to its recipe, in the label dockgrade.stand-in.adds: one without it is made again. An
# older checkout of this script replaces any recipe but its own (CI on an older commit, beside a newer one),
# so a change that older tests do not mind keeps the recipe and says itself here: alpine/socat `openssl` is
# the real socat (TCP and TLS), where the first was a script that forwarded TCP only.
adds_of() { case "$1" in alpine/socat:*) echo openssl ;; *) echo "" ;; esac; }

if [ "${1:-}" = "--remove" ]; then
  ids=$(docker images -q --filter "label=${LABEL}=true" | sort -u)
  if [ -n "$ids" ]; then docker rmi -f $ids >/dev/null; say "removed $(echo "$ids" | wc -l) stand-in image(s)"; fi
  exit 0
fi

BUSYBOX=$(command -v busybox || true)
[ -n "$BUSYBOX" ] && "$BUSYBOX" --list >/dev/null 2>&1 || { say "busybox is missing: run scripts/docker-engine.sh (as root) or apt-get install busybox-static"; exit 1; }
file "$BUSYBOX" 2>/dev/null | grep -q dynamically && { say "$BUSYBOX is not static: apt-get install busybox-static"; exit 1; }

# One builder at a time on this machine: concurrent test runs share the engine.
exec 9>/tmp/dockgrade-stand-in-images.lock
flock -w 300 9

missing=()
for image in "${IMAGES[@]}"; do
  if labels=$(docker image inspect --format "{{index .Config.Labels \"${LABEL}\"}} {{index .Config.Labels \"${LABEL}.recipe\"}} {{index .Config.Labels \"${LABEL}.adds\"}}" "$image" 2>/dev/null); then
    read -r standin recipe adds <<<"$labels"
    # a user's own image (no label) is never touched; a stand-in of an older recipe is made again
    if [ "$standin" = true ] && { [ "${recipe:-1}" != "$(recipe_of "$image")" ] || [ "${adds:-}" != "$(adds_of "$image")" ]; }; then
      if docker rmi "$image" >/dev/null; then say "replacing stand-in $image (older recipe)"; missing+=("$image")
      else say "stand-in $image is of an older recipe but in use: remove its containers, then run this again"; fi
    fi
  else
    missing+=("$image")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

# A small rootfs: busybox and its applets, plus scripts that let the book's commands work as typed.
make_rootfs() {
  local dir=$1
  mkdir -p "$dir"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,tmp,root,var/www/html,var/lib/mysql,proc,sys,dev,home}
  chmod 1777 "$dir/tmp"
  cp "$BUSYBOX" "$dir/bin/busybox"
  for applet in $("$BUSYBOX" --list); do
    [ -e "$dir/bin/$applet" ] || ln -s busybox "$dir/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$dir/etc/passwd"
  printf 'root:x:0:\nwww-data:x:33:\nnogroup:x:65534:\n' >"$dir/etc/group"
  printf '#!/bin/sh\nexec /bin/sh "$@"\n' >"$dir/bin/bash"
  # apt-get: nothing to download offline; installing apache2 leaves the page apache would serve.
  cat >"$dir/usr/bin/apt-get" <<'SH'
#!/bin/sh
case " $* " in *" install "*apache2*) echo '<html><body><h1>It works!</h1></body></html>' >/var/www/html/index.html ;; esac
echo "(dockgrade stand-in) apt-get $*: nothing to do offline"
SH
  # service apache2 start|stop|status: busybox httpd on port 80 stands in for apache2.
  cat >"$dir/usr/sbin/service" <<'SH'
#!/bin/sh
name=$1; action=$2
[ "$name" = apache2 ] || { echo "$name: unrecognized service"; exit 1; }
case "$action" in
  start) [ -f /var/www/html/index.html ] || echo '<html><body><h1>It works!</h1></body></html>' >/var/www/html/index.html
         httpd -p 80 -h /var/www/html && echo " * Starting web server apache2" ;;
  stop) killall httpd 2>/dev/null; echo " * Stopping web server apache2" ;;
  status) pidof httpd >/dev/null && echo " * apache2 is running" || { echo " * apache2 is not running"; exit 3; } ;;
  *) echo "Usage: service apache2 {start|stop|status}"; exit 1 ;;
esac
SH
  chmod +x "$dir/bin/bash" "$dir/usr/bin/apt-get" "$dir/usr/sbin/service"
}

add_mysql() {
  local dir=$1
  cat >"$dir/usr/local/bin/docker-entrypoint.sh" <<'SH'
#!/bin/sh
# Stand-in for mysql's entrypoint: refuses to start mysqld without a root password option, in the real
# mysql:5.7 entrypoint's words (docker logs shows why); another command runs as the real one runs it.
case "$1" in -*) set -- mysqld "$@" ;; esac
[ "$1" = mysqld ] || exec "$@"
note() { echo "$(date -u '+%Y-%m-%d %H:%M:%S+00:00') [Note] [Entrypoint]: $*"; }
note "Entrypoint script for MySQL Server 5.7.44-1.el7 started. (dockgrade stand-in)"
if [ -z "$MYSQL_ROOT_PASSWORD" ] && [ -z "$MYSQL_ALLOW_EMPTY_PASSWORD" ] && [ -z "$MYSQL_RANDOM_ROOT_PASSWORD" ]; then
  echo "$(date -u '+%Y-%m-%d %H:%M:%S+00:00') [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified" >&2
  echo "    You need to specify one of the following as an environment variable:" >&2
  echo "    - MYSQL_ROOT_PASSWORD" >&2
  echo "    - MYSQL_ALLOW_EMPTY_PASSWORD" >&2
  echo "    - MYSQL_RANDOM_ROOT_PASSWORD" >&2
  exit 1
fi
echo "$(date -u '+%Y-%m-%d %H:%M:%S+00:00') [Note] mysqld (dockgrade stand-in): ready for connections. port: 3306"
trap 'exit 0' TERM INT
sleep 2147483647 &
wait
SH
  cat >"$dir/usr/bin/mysql" <<'SH'
#!/bin/sh
# Stand-in mysql client: checks the root password against the server's env and answers 'show databases'.
user=root; pass=; query=
while [ $# -gt 0 ]; do
  case "$1" in
    -u) user=$2; shift ;; -u*) user=${1#-u} ;;
    -p) pass= ;; -p*) pass=${1#-p} ;; --password=*) pass=${1#--password=} ;;
    -e) query=$2; shift ;;
  esac
  shift
done
if [ "$user" != root ] || [ "$pass" != "$MYSQL_ROOT_PASSWORD" ]; then
  echo "ERROR 1045 (28000): Access denied for user '$user'@'localhost' (using password: $([ -n "$pass" ] && echo YES || echo NO))" >&2
  exit 1
fi
case "$(echo "$query" | tr 'A-Z' 'a-z')" in
  *"show databases"*) printf 'Database\ninformation_schema\n'; [ -n "$MYSQL_DATABASE" ] && echo "$MYSQL_DATABASE"; printf 'mysql\nperformance_schema\nsys\n' ;;
  "") echo "mysql (dockgrade stand-in): interactive mode is not supported" ;;
  *) echo "(dockgrade stand-in) query accepted" ;;
esac
SH
  chmod +x "$dir/usr/local/bin/docker-entrypoint.sh" "$dir/usr/bin/mysql"
}

add_wordpress() {
  local dir=$1
  echo '<!DOCTYPE html><html><head><title>WordPress &rsaquo; Installation</title></head><body><h1>WordPress</h1><p>dockgrade stand-in</p></body></html>' >"$dir/var/www/html/index.html"
  cat >"$dir/usr/local/bin/docker-entrypoint.sh" <<'SH'
#!/bin/sh
# Stand-in for wordpress: serves a page on port 80.
echo "WordPress (dockgrade stand-in) serving on port 80; WORDPRESS_DB_HOST=${WORDPRESS_DB_HOST:-}"
trap 'exit 0' TERM INT
httpd -f -p 80 -h /var/www/html &
wait
SH
  chmod +x "$dir/usr/local/bin/docker-entrypoint.sh"
}

# 2.2.9: alicek106/stress's `stress --cpu 1`. The grader reads the limits the engine recorded, not CPU
# use, so the stand-in says what stress says and waits instead of burning a CPU of a shared machine.
add_stress() {
  local dir=$1
  cat >"$dir/usr/bin/stress" <<'SH'
#!/bin/sh
echo "stress: info: [1] dispatching hogs: $*  (dockgrade stand-in: waits, burns no CPU)"
trap 'exit 0' TERM INT
sleep 2147483647 &
wait
SH
  chmod +x "$dir/usr/bin/stress"
}

# 2.2.9: nginx (`docker run -d --memory="1g" --name memory_1g nginx`): busybox httpd serves nginx's
# welcome page on port 80 (it waits for requests, burning no CPU); docker stop's SIGTERM ends it (docker
# import cannot set nginx's STOPSIGNAL SIGQUIT; SIGQUIT ends it too).
add_nginx() {
  local dir=$1
  mkdir -p "$dir/usr/share/nginx/html" "$dir/etc/nginx" "$dir/var/log/nginx"
  echo '<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1><p>dockgrade stand-in</p></body></html>' >"$dir/usr/share/nginx/html/index.html"
  cat >"$dir/docker-entrypoint.sh" <<'SH'
#!/bin/sh
# Stand-in for nginx's entrypoint: `nginx -g 'daemon off;'` becomes busybox httpd on port 80.
if [ "$1" = nginx ]; then
  echo "/docker-entrypoint.sh: Configuration complete; ready for start up (dockgrade stand-in: busybox httpd on port 80)"
  trap 'exit 0' TERM INT QUIT
  httpd -f -p 80 -h /usr/share/nginx/html &
  wait
  exit 0
fi
exec "$@"
SH
  chmod +x "$dir/docker-entrypoint.sh"
}

# 2.3.4: registry:2.6 is the real registry (push, pull, /v2/_catalog), Debian's build of it
# (docker-registry, 2.8.x: the same registry API v2), in an image made from nothing else: the binary, the
# C library it links, and the registry image's own config (:5000, storage under /var/lib/registry).
# The package is read where it is installed, else fetched once with `apt-get download` (no root needed,
# nothing installed) into a cache folder.
# debian_binary PACKAGE PATH: the binary at PATH where the package is installed, else from the package fetched
# once with `apt-get download` into a cache folder of its own (no root needed, nothing installed).
debian_binary() {
  local package=$1 path=$2
  if [ -x "$path" ]; then echo "$path"; return 0; fi
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/dockgrade/$package"
  local cached="$cache/root$path"
  if [ ! -x "$cached" ]; then
    command -v apt-get >/dev/null 2>&1 || return 1
    mkdir -p "$cache/deb" && rm -f "$cache"/deb/*.deb
    (cd "$cache/deb" && apt-get download "$package" >/dev/null 2>&1) || return 1
    dpkg-deb -x "$cache"/deb/"${package}"_*.deb "$cache/root" || return 1
  fi
  echo "$cached"
}

make_registry_rootfs() {
  local dir=$1 binary
  binary=$(debian_binary docker-registry /usr/bin/docker-registry) || { say "registry:2.6 needs Debian's docker-registry: apt-get install docker-registry (or let this script apt-get download it)"; exit 1; }
  mkdir -p "$dir"/{bin,etc/docker/registry,var/lib/registry,tmp}
  chmod 1777 "$dir/tmp"
  cp "$binary" "$dir/bin/registry"
  # the shared libraries it links (a Go binary with cgo: the C library and the loader), at their paths
  ldd "$binary" | grep -o '/[^ ]*' | while read -r lib; do
    mkdir -p "$dir$(dirname "$lib")" && cp -L "$lib" "$dir$lib"
  done
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' >"$dir/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$dir/etc/group"
  # registry:2's config.yml, as the image ships it
  cat >"$dir/etc/docker/registry/config.yml" <<'YML'
version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
YML
}

# 2.4.4: node, whose /usr/local/bin/node a Dockerfile's SHELL names. The stand-in answers -v (and
# --version) as node does and runs no script: `RUN -v` under that SHELL is all the book asks of it.
add_node() {
  local dir=$1
  cat >"$dir/usr/local/bin/node" <<'SH'
#!/bin/sh
case "$1" in
  -v|--version) echo v14.4.0 ;;
  "") echo "node (dockgrade stand-in): no interactive mode"; exit 1 ;;
  *) echo "node (dockgrade stand-in): runs no script ($*)" >&2; exit 1 ;;
esac
SH
  chmod +x "$dir/usr/local/bin/node"
}

# 2.5.4: google/cadvisor. The grader reads the container's definition (ports, volumes), not what cAdvisor
# measures: busybox httpd serves a page on port 8080 and reads none of the host folders mounted into it.
add_cadvisor() {
  local dir=$1
  mkdir -p "$dir/var/www/cadvisor" "$dir/rootfs" "$dir/var/lib/docker"
  echo '<!DOCTYPE html><html><head><title>cAdvisor - /</title></head><body><h1>cAdvisor</h1><p>dockgrade stand-in: measures nothing</p></body></html>' >"$dir/var/www/cadvisor/index.html"
  cat >"$dir/usr/bin/cadvisor" <<'SH'
#!/bin/sh
echo "cAdvisor (dockgrade stand-in) serving a page on port 8080; it measures nothing ($*)"
trap 'exit 0' TERM INT
httpd -f -p 8080 -h /var/www/cadvisor &
wait
SH
  chmod +x "$dir/usr/bin/cadvisor"
}

# 2.5.3: alpine/socat, the real socat: Debian's build (its package fetched with apt-get download where socat is
# not installed, as the registry's) with the shared libraries it links (OpenSSL among them), so both uses run as
# typed: `tcp-listen:2375,fork,reuseaddr unix-connect:/var/run/docker.sock` (the engine's socket on a TCP port)
# and `openssl-listen:2376,fork,reuseaddr,cert=…,key=…,cafile=…,verify=1 unix-connect:…` (the same behind TLS
# that requires a client certificate, as dockerd --tlsverify does, 2.5.3.3).
add_socat() {
  local dir=$1 binary lib
  binary=$(debian_binary socat /usr/bin/socat) || { say "alpine/socat needs Debian's socat: apt-get install socat (or let this script apt-get download it)"; exit 1; }
  mkdir -p "$dir/usr/bin"
  cp "$binary" "$dir/usr/bin/socat"
  ldd "$binary" >/dev/null 2>&1 || { say "cannot read the libraries of $binary (ldd failed)"; exit 1; }
  for lib in $(ldd "$binary" | grep -o '/[^ ]*'); do
    [ -e "$lib" ] || { say "alpine/socat: $binary links $lib, which is missing here"; exit 1; }
    mkdir -p "$dir$(dirname "$lib")"
    cp -L "$lib" "$dir$lib"
  done
}

import_image() {
  local image=$1 dir=$2 adds; shift 2
  adds=$(adds_of "$image")
  tar -C "$dir" -c . | docker import \
    --change "LABEL ${LABEL}=true" --change "LABEL ${LABEL}.for=${image}" --change "LABEL ${LABEL}.recipe=$(recipe_of "$image")" \
    ${adds:+--change "LABEL ${LABEL}.adds=${adds}"} \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$@" - "$image" >/dev/null
  say "created stand-in $image"
}

for image in "${missing[@]}"; do
  dir="$root/${image//[:\/]/_}"
  case "$image" in registry:*) make_registry_rootfs "$dir" ;; *) make_rootfs "$dir" ;; esac
  case "$image" in
    ubuntu:*|centos:*)
      import_image "$image" "$dir" --change 'CMD ["/bin/bash"]' ;;
    mysql:*)
      add_mysql "$dir"
      import_image "$image" "$dir" --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["mysqld"]' \
        --change 'EXPOSE 3306 33060' --change 'VOLUME /var/lib/mysql' ;;
    wordpress:*)
      add_wordpress "$dir"
      import_image "$image" "$dir" --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["apache2-foreground"]' \
        --change 'EXPOSE 80' --change 'WORKDIR /var/www/html' --change 'VOLUME /var/www/html' ;;
    alicek106/volume_test:*)
      # an ubuntu-like shell image with the directory the book mounts over (-v /home/wordpress_db:/home/testdir_2)
      mkdir -p "$dir/home/testdir_2"
      echo 'test file of alicek106/volume_test (dockgrade stand-in)' >"$dir/home/testdir_2/test"
      import_image "$image" "$dir" --change 'CMD ["/bin/bash"]' ;;
    alicek106/stress:*)
      add_stress "$dir"
      import_image "$image" "$dir" --change 'CMD ["/bin/bash"]' ;;
    nginx:*)
      add_nginx "$dir"
      import_image "$image" "$dir" --change 'ENTRYPOINT ["/docker-entrypoint.sh"]' --change 'CMD ["nginx", "-g", "daemon off;"]' \
        --change 'EXPOSE 80' ;;
    registry:*)
      # registry:2's own entrypoint runs `registry serve CONFIG`; this image has no shell, so it runs that directly
      import_image "$image" "$dir" --change 'ENTRYPOINT ["/bin/registry", "serve"]' --change 'CMD ["/etc/docker/registry/config.yml"]' \
        --change 'EXPOSE 5000' --change 'VOLUME /var/lib/registry' ;;
    node:*)
      add_node "$dir"
      import_image "$image" "$dir" --change 'CMD ["node"]' ;;
    google/cadvisor:*)
      add_cadvisor "$dir"
      import_image "$image" "$dir" --change 'ENTRYPOINT ["/usr/bin/cadvisor", "-logtostderr"]' --change 'EXPOSE 8080' ;;
    alpine/socat:*)
      add_socat "$dir"
      import_image "$image" "$dir" --change 'ENTRYPOINT ["socat"]' ;;
    *) say "no recipe for $image"; exit 1 ;;
  esac
done
