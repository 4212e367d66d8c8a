#!/usr/bin/env bash
# UnHabitat.Meetings: build, run and test from a fresh clone.
#
#   ./build.sh run    install what is missing, build (Release) and start the web app on http://localhost:5080
#   ./build.sh test   install what is missing, build once, run the tests on SQLite and on a throwaway
#                     PostgreSQL cluster (and on SQL Server when MEETINGS_SQLSERVER is given), and end
#                     with the line "tests: N passed, N failed"
#   ./build.sh migration NAME
#                     generate the migration NAME with dotnet ef for each engine (SQLite, PostgreSQL,
#                     SQL Server) after a change of the model (ADR 017)
#   ./build.sh help   this text
#
# Debian packages are installed with apt-get when run as root; otherwise the script says what to install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

SOLUTION="UnHabitat.Meetings.sln"
WEB_PROJECT="src/UnHabitat.Meetings.Web"
APP_URL="${APP_URL:-http://localhost:5080}"

# The app prints with Chromium's headless shell (ADR 027); the tests also drive the full browser as a user would.
RUN_PACKAGES=(chromium-headless-shell fonts-liberation2 fonts-noto-core fonts-noto-cjk)
TEST_EXTRA_PACKAGES=(chromium poppler-utils qpdf)
POSTGRES_PACKAGE=postgresql

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false
# MSBuild worker nodes left alive after a build can hold the caller's stdout open (CI waits on it).
export MSBUILDDISABLENODEREUSE=1

CI="${CI:-false}"
IN_CI=false
case "${CI,,}" in true | 1 | yes) IN_CI=true ;; esac

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

usage() {
  cat <<'EOF'
Usage: ./build.sh COMMAND

Commands:
  run    Install missing Debian packages (as root), build in Release and start the web app
         on http://localhost:5080 with the demo data (Ctrl+C stops it).
  test   Install missing Debian packages (as root), build once, run the test projects on SQLite
         and the database tests on a throwaway PostgreSQL cluster, print a summary ending with
         "tests: N passed, N failed"; exit 0 only if everything passed.
  migration NAME
         After a change of the model: generate the migration NAME (e.g. AddBodyMotto) with the
         pinned dotnet-ef tool in each engine's migrations project (src/UnHabitat.Meetings.Migrations.*).
  help   Show this text.

Environment: CI=true makes a missing PostgreSQL a failure of "test" instead of a warning.
MEETINGS_SQLSERVER="Server=...;User Id=...;Password=...;TrustServerCertificate=true" makes "test"
also run every test project against that SQL Server (each test makes and drops its own database).
EOF
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- Debian packages ----------------------------------------------------------------------------

package_installed() {
  # No pipe into grep -q here: with pipefail, dpkg killed by SIGPIPE would read as "not installed".
  local status
  status="$(dpkg -s "$1" 2>/dev/null)" || return 1
  grep -q '^Status: install ok installed' <<<"$status"
}

# Prints the packages of "$@" that are not installed (nothing if dpkg is absent).
missing_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0
  local p
  for p in "$@"; do
    package_installed "$p" || printf '%s\n' "$p"
  done
}

APT_UPDATED=false
apt_install() {
  if [ "$APT_UPDATED" = false ]; then
    say "apt-get update"
    if ! apt-get update -qq; then
      warn "apt-get update failed; trying to install from the package lists already present"
    fi
    APT_UPDATED=true
  fi
  say "installing: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    -o Dpkg::Lock::Timeout=300 -q "$@"
}

apt_command() {
  printf 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends %s' "$*"
}

# ensure_packages PKG...: installs the missing ones as root (failure is fatal); without root, prints
# the command to run and exits 1.
ensure_packages() {
  if ! command -v dpkg >/dev/null 2>&1; then
    warn "dpkg not found (not Debian?): cannot check for the packages $*; make sure they are installed"
    return 0
  fi
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  if is_root; then
    apt_install "${missing[@]}" || die "could not install: ${missing[*]}"
  else
    printf 'ERROR: these Debian packages are missing: %s\n' "${missing[*]}" >&2
    printf 'Install them as root with:\n  sudo sh -c '\''%s'\''\n' "$(apt_command "${missing[@]}")" >&2
    exit 1
  fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    die "'dotnet' is not on PATH. Install the .NET 10 SDK (https://dot.net) and make sure 'dotnet' is on PATH."
  fi
}

build_solution() { # $1 = configuration
  say "dotnet restore $SOLUTION"
  dotnet restore "$SOLUTION" -v q -nologo || die "dotnet restore failed"
  say "dotnet build $SOLUTION -c $1"
  dotnet build "$SOLUTION" -c "$1" --no-restore -v q -nologo || die "dotnet build failed"
}

port_in_use() { # $1 = port on 127.0.0.1
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# --- run --------------------------------------------------------------------------------------------

# release_build_is_current STAMP DLL: true when DLL exists and no source, template or build setting changed
# since the last Release build of ./build.sh run touched STAMP (a file or folder newer than it; a deleted file
# makes its folder newer). Saves a no-op restore and build, which on a busy two-core machine takes longer than
# the start itself.
release_build_is_current() {
  [ -f "$1" ] && [ -f "$2" ] || return 1
  local newer
  newer="$(find "$ROOT/src" "$ROOT/templates" "$ROOT/$SOLUTION" "$ROOT"/Directory.*.props "$ROOT/global.json" \
    \( -name bin -o -name obj \) -prune -o -newer "$1" -print -quit 2>/dev/null || true)"
  [ -z "$newer" ]
}

cmd_run() {
  ensure_packages "${RUN_PACKAGES[@]}"
  require_dotnet

  local dll="$ROOT/$WEB_PROJECT/bin/Release/net10.0/UnHabitat.Meetings.Web.dll"
  local stamp="$ROOT/$WEB_PROJECT/bin/Release/run-build.stamp"
  if [ "${REBUILD:-false}" != true ] && release_build_is_current "$stamp" "$dll"; then
    say "the Release build is up to date (REBUILD=true ./build.sh run builds anyway)"
  else
    local started
    started="$(mktemp)" # the stamp takes the time the build began: a file saved during it is seen next time
    build_solution Release
    dll="$(find "$ROOT/$WEB_PROJECT/bin/Release" -maxdepth 2 -name 'UnHabitat.Meetings.Web.dll' -print -quit 2>/dev/null || true)"
    [ -n "$dll" ] || die "the build did not produce UnHabitat.Meetings.Web.dll under $WEB_PROJECT/bin/Release"
    mv "$started" "$stamp"
  fi

  local port="${APP_URL##*:}"
  port="${port%%/*}"
  if port_in_use "$port"; then
    die "port $port is already in use (is an earlier './build.sh run' still running?). Stop it and try again."
  fi

  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
  export Data__Folder="${Data__Folder:-$ROOT/data}"
  export Demo__Load=true
  export Bootstrap__AdminEmail="${Bootstrap__AdminEmail:-admin@demo.unhabitat.org}"
  export Bootstrap__AdminPassword="${Bootstrap__AdminPassword:-Habitat-Admin-2026}"

  # The app prints this banner itself once it is ready, after its start-up log lines (JSON in Production),
  # so that the address is the last thing on the screen.
  App__StartupBanner="$(cat <<EOF

UnHabitat.Meetings is ready on $APP_URL   (Ctrl+C stops it)
API documentation: $APP_URL/api/docs

Demo sign-ins:
  administrator                        $Bootstrap__AdminEmail / $Bootstrap__AdminPassword
                                       (sets up an authenticator app at the first sign-in)
  password Habitat-Demo-2026 for:
    secretariat@demo.unhabitat.org     Secretariat
    chair.pba@demo.unhabitat.org       Chair of the PBA working group
    delegate.kenya@demo.unhabitat.org  Delegation of Kenya
    delegate.france@demo.unhabitat.org Delegation of France

Environment: $ASPNETCORE_ENVIRONMENT, data folder: $Data__Folder
EOF
)"
  export App__StartupBanner
  printf 'Starting UnHabitat.Meetings on %s (the address and the demo sign-ins follow when it is ready)...\n' "$APP_URL"
  # The content root is the project folder (views, wwwroot, appsettings.json).
  cd "$ROOT/$WEB_PROJECT"
  exec dotnet "$dll" --urls "$APP_URL"
}

# --- PostgreSQL -----------------------------------------------------------------------------------

PG_DIR=""
PG_BIN=""
PG_PORT=""
PG_AS=() # prefix that runs a command as the cluster's owner

find_pg_bin() {
  local d best="" bestv=-1 v
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] || continue
    v="$(basename "$(dirname "$d")")"
    v="${v%%.*}"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [ "$v" -gt "$bestv" ]; then
      bestv="$v"
      best="$d"
    fi
  done
  if [ -z "$best" ] && command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    best="$(dirname "$(command -v pg_ctl)")"
  fi
  [ -n "$best" ] || return 1
  PG_BIN="$best"
}

pg_stop() {
  if [ -n "$PG_DIR" ]; then
    if [ -n "$PG_BIN" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
      (cd / && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop) >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR" 2>/dev/null || true
    PG_DIR=""
  fi
}

# pg_start: sets PG_PORT; on failure prints why (to stderr) and returns 1.
pg_start() {
  find_pg_bin || {
    echo "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)" >&2
    return 1
  }
  # Under /tmp, not $TMPDIR: the socket path must stay under 108 bytes.
  PG_DIR="$(mktemp -d /tmp/meetings-pg.XXXXXX)"
  chmod 755 "$PG_DIR"
  if is_root; then
    id postgres >/dev/null 2>&1 || {
      echo "running as root but there is no 'postgres' system user to run PostgreSQL as" >&2
      return 1
    }
    chown postgres: "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  else
    PG_AS=(env)
  fi

  local initlog="$PG_DIR/initdb.log"
  if ! (cd / && "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8) >"$initlog" 2>&1; then
    rm -rf "${PG_DIR:?}/data"
    if ! (cd / && "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
      --no-locale) >>"$initlog" 2>&1; then
      echo "initdb failed:" >&2
      tail -n 20 "$initlog" >&2
      return 1
    fi
  fi

  local port=55432
  while port_in_use "$port"; do
    port=$((port + 1))
    [ "$port" -lt 55532 ] || {
      echo "no free port found in 55432-55531" >&2
      return 1
    }
  done

  if ! (cd / && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start) >/dev/null 2>&1; then
    echo "pg_ctl start failed:" >&2
    tail -n 20 "$PG_DIR/log" >&2 2>/dev/null || true
    return 1
  fi
  PG_PORT="$port"
}

# --- test results ----------------------------------------------------------------------------------

HAVE_PYTHON=false
if command -v python3 >/dev/null 2>&1 && python3 -c 'pass' >/dev/null 2>&1; then
  HAVE_PYTHON=true
fi

# trx_counts FILE: prints "total passed failed", failed = failed + error + timeout + aborted.
trx_counts() {
  if [ "$HAVE_PYTHON" = true ]; then
    python3 - "$1" <<'PY' && return 0
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
c = next((e for e in root.iter() if e.tag.split('}')[-1] == 'Counters'), None)
if c is None:
    sys.exit(1)
g = lambda k: int(c.get(k, '0') or 0)
print(g('total'), g('passed'), g('failed') + g('error') + g('timeout') + g('aborted'))
PY
  fi
  local line k v total=0 passed=0 failed=0
  line="$(tr '\n' ' ' <"$1" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
  [ -n "$line" ] || return 1
  for k in total passed failed error timeout aborted; do
    v="$(printf '%s\n' "$line" | sed -n "s/.*[[:space:]]$k=\"\([0-9]*\)\".*/\1/p")"
    v="${v:-0}"
    case "$k" in
      total) total="$v" ;;
      passed) passed="$v" ;;
      *) failed=$((failed + v)) ;;
    esac
  done
  echo "$total $passed $failed"
}

SUM_PASSED=0
SUM_FAILED=0
PROBLEMS=()

# run_tests ENGINE RESULTS_DIR PROJECT_DIR [extra dotnet test args...]: runs one test project, adds its
# counts to the sums and to ENGINE_TOTAL_<engine>; never fails the script.
declare -A ENGINE_TOTAL=()
run_tests() {
  local engine="$1" results="$2" project="$3"
  shift 3
  local name trx log rc counts total passed failed
  name="$(basename "$project")"
  trx="$results/$name.trx"
  log="$results/$name.log"
  mkdir -p "$results"
  rm -f "$trx" "$log"
  say "[$engine] dotnet test $name $*"
  set +e
  dotnet test "$project" --no-build -c Debug --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" 2>&1 | tee "$log"
  rc="${PIPESTATUS[0]}"
  set -e

  total=0 passed=0 failed=0
  if [ -f "$trx" ] && counts="$(trx_counts "$trx")"; then
    read -r total passed failed <<<"$counts"
  else
    counts=""
  fi

  if [ "$rc" -ne 0 ]; then
    if [ -n "$counts" ] && [ "$failed" -eq 0 ] && [ "$passed" -eq "$total" ] &&
      grep -qE 'No test matches the given testcase filter|No test is available in' "$log"; then
      # A project with no test for this filter: not a failure.
      say "[$engine] $name: no test matches the filter (exit code $rc ignored)"
    elif [ "$failed" -gt 0 ]; then
      PROBLEMS+=("[$engine] $name: $failed failed (of $total)")
    else
      failed=1
      if [ -z "$counts" ]; then
        PROBLEMS+=("[$engine] $name: the test run crashed (exit code $rc, no TRX result file), counted as 1 failed")
      else
        PROBLEMS+=("[$engine] $name: the test run was aborted (exit code $rc, test host crash?), counted as 1 failed")
      fi
    fi
  elif [ "$failed" -gt 0 ]; then
    PROBLEMS+=("[$engine] $name: $failed failed (of $total) although dotnet test exited with 0")
  elif [ -z "$counts" ]; then
    # Exit 0 without a result file: nothing ran (e.g. a project with no test at all); count nothing.
    say "[$engine] $name: no result file written (no tests?)"
  fi
  SUM_PASSED=$((SUM_PASSED + passed))
  SUM_FAILED=$((SUM_FAILED + failed))
  ENGINE_TOTAL[$engine]=$((${ENGINE_TOTAL[$engine]:-0} + total))
}

cleanup() {
  pg_stop
}

# --- test -------------------------------------------------------------------------------------------

# The browser tests load axe-core (pinned in package-lock.json) into each page; npm ci installs exactly that.
AXE_DIR="tests/UnHabitat.Meetings.Web.Tests/axe"
install_browser_test_tools() {
  [ -f "$ROOT/$AXE_DIR/package.json" ] || return 0
  if ! command -v npm >/dev/null 2>&1; then
    [ "$IN_CI" = true ] && die "npm is needed for the browser tests' axe-core ($AXE_DIR); install nodejs and npm"
    warn "npm not found: the browser tests will fail for want of axe-core (install nodejs and npm)"
    return 0
  fi
  say "npm ci in $AXE_DIR (axe-core for the browser tests)"
  (cd "$ROOT/$AXE_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $AXE_DIR"
}

cmd_test() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_packages "${RUN_PACKAGES[@]}" "${TEST_EXTRA_PACKAGES[@]}"

  # PostgreSQL: installed separately, so that outside CI its absence is only a warning.
  local pg_skip_reason=""
  if [ -n "$(missing_packages "$POSTGRES_PACKAGE")" ] && ! find_pg_bin; then
    if is_root; then
      apt_install "$POSTGRES_PACKAGE" || pg_skip_reason="apt-get could not install $POSTGRES_PACKAGE"
    else
      pg_skip_reason="package $POSTGRES_PACKAGE is not installed (as root: $(apt_command "$POSTGRES_PACKAGE"))"
    fi
  fi

  require_dotnet
  build_solution Debug
  if [ "$IN_CI" = true ]; then
    # Nothing more to compile: let the compiler server go rather than linger after CI.
    dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
  fi

  check_model_snapshots

  if [ -z "$pg_skip_reason" ]; then
    say "starting a throwaway PostgreSQL cluster"
    local pg_err_file
    pg_err_file="$(mktemp)"
    if pg_start 2>"$pg_err_file"; then
      say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
    else
      cat "$pg_err_file" >&2
      pg_skip_reason="the PostgreSQL cluster could not be started: $(grep -m 1 -E 'FATAL|ERROR|no |could not' "$pg_err_file" || head -n 1 "$pg_err_file")"
      pg_stop
    fi
    rm -f "$pg_err_file"
  fi
  if [ -n "$pg_skip_reason" ]; then
    if [ "$IN_CI" = true ]; then
      die "CI=true and PostgreSQL is required: $pg_skip_reason"
    fi
    cat >&2 <<EOF

############################################################################
#  WARNING: PostgreSQL is not available - the PostgreSQL test run is SKIPPED
#  $pg_skip_reason
############################################################################

EOF
  fi

  rm -rf "$ROOT/TestResults/sqlite" "$ROOT/TestResults/postgres" "$ROOT/TestResults/screenshots"
  install_browser_test_tools

  # 1. Every test project on SQLite.
  local project found=false
  for project in "$ROOT"/tests/*Tests*/; do
    project="${project%/}"
    compgen -G "$project/*.csproj" >/dev/null || continue
    found=true
    MEETINGS_TEST_PROVIDER=Sqlite run_tests SQLite "$ROOT/TestResults/sqlite" "$project"
  done
  [ "$found" = true ] || PROBLEMS+=("no test project found under tests/*Tests*/")

  # 2. The database tests on PostgreSQL.
  local pg_ran=false
  if [ -z "$pg_skip_reason" ]; then
    pg_ran=true
    for project in "$ROOT/tests/UnHabitat.Meetings.Application.Tests" "$ROOT/tests/UnHabitat.Meetings.Web.Tests"; do
      compgen -G "$project/*.csproj" >/dev/null || continue
      MEETINGS_TEST_PROVIDER=Postgres \
        MEETINGS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true" \
        run_tests PostgreSQL "$ROOT/TestResults/postgres" "$project" --filter "TestCategory=Database"
    done
  fi
  pg_stop

  # 3. Every test project on a SQL Server, when one is given (none can run on these machines).
  local sqlserver_ran=false
  if [ -n "${MEETINGS_SQLSERVER:-}" ]; then
    sqlserver_ran=true
    rm -rf "$ROOT/TestResults/sqlserver"
    for project in "$ROOT"/tests/*Tests*/; do
      project="${project%/}"
      compgen -G "$project/*.csproj" >/dev/null || continue
      MEETINGS_TEST_PROVIDER=SqlServer run_tests "SQL Server" "$ROOT/TestResults/sqlserver" "$project"
    done
  fi

  echo
  echo "==================== summary ===================="
  local p
  for p in "${PROBLEMS[@]+"${PROBLEMS[@]}"}"; do
    echo "  $p"
  done
  echo "results: $ROOT/TestResults/{sqlite,postgres,sqlserver}/*.trx, page screenshots in $ROOT/TestResults/screenshots"
  if [ "$pg_ran" = true ]; then
    echo "engines: SQLite (${ENGINE_TOTAL[SQLite]:-0} tests), PostgreSQL (${ENGINE_TOTAL[PostgreSQL]:-0} tests)"
  else
    echo "engines: SQLite (${ENGINE_TOTAL[SQLite]:-0} tests), PostgreSQL: skipped ($pg_skip_reason)"
  fi
  if [ "$sqlserver_ran" = true ]; then
    echo "engines: SQL Server (${ENGINE_TOTAL[SQL Server]:-0} tests)"
  else
    echo "engines: SQL Server: not run (set MEETINGS_SQLSERVER to a server's connection string to run the suite on it)"
  fi
  echo "tests: $SUM_PASSED passed, $SUM_FAILED failed"

  if [ "$SUM_FAILED" -gt 0 ] || [ "${#PROBLEMS[@]}" -gt 0 ]; then
    return 1
  fi
  return 0
}

# --- migration --------------------------------------------------------------------------------------

MIGRATION_PROJECTS=(Sqlite PostgreSql SqlServer)

# check_model_snapshots: the tool itself says, per engine, that no change of the model waits for a migration
# (ModelSnapshotTests says it too); needs the Debug build. Adds to PROBLEMS, never fails the script.
check_model_snapshots() {
  if ! dotnet tool restore -v q >/dev/null 2>&1; then
    PROBLEMS+=("[migrations] dotnet tool restore failed: the pending-model-changes check did not run")
    return 0
  fi
  local engine project
  for engine in "${MIGRATION_PROJECTS[@]}"; do
    project="src/UnHabitat.Meetings.Migrations.$engine"
    say "[$engine] dotnet ef migrations has-pending-model-changes"
    if ! dotnet tool run dotnet-ef migrations has-pending-model-changes --no-build \
      --project "$project" --startup-project "$project"; then
      PROBLEMS+=("[migrations] $engine: the model has changes without a migration (./build.sh migration NAME)")
    fi
  done
}

# cmd_migration NAME: one generated migration per engine, from the model as it is now (ADR 017).
cmd_migration() {
  local name="${1:-}"
  [[ "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]] || die "give the migration a name in PascalCase, e.g. ./build.sh migration AddBodyMotto"
  require_dotnet
  say "dotnet tool restore (dotnet-ef, pinned in .config/dotnet-tools.json)"
  dotnet tool restore -v q || die "dotnet tool restore failed"
  local engine project
  for engine in "${MIGRATION_PROJECTS[@]}"; do
    project="src/UnHabitat.Meetings.Migrations.$engine"
    say "dotnet ef migrations add $name --project $project"
    # Each project's design-time factory gives the tool the app's model on that engine; no server is needed.
    dotnet tool run dotnet-ef migrations add "$name" --project "$project" --startup-project "$project" ||
      die "dotnet ef migrations add failed for $engine"
  done
  say "added $name for ${MIGRATION_PROJECTS[*]}; read the three migrations, then ./build.sh test"
}

# --- main -------------------------------------------------------------------------------------------

case "${1:-help}" in
  run) cmd_run ;;
  test) cmd_test ;;
  migration) cmd_migration "${2:-}" ;;
  help | -h | --help) usage ;;
  *)
    printf 'Unknown command: %s\n\n' "$1" >&2
    usage >&2
    exit 2
    ;;
esac
