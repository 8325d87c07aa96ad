# Runs every test: formatting, Rust tests on SQLite and PostgreSQL, then Playwright
# in Debian's Chromium against the real server. Sourced by run.sh.

PG_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}

# Starts the local PostgreSQL cluster when it is down; says clearly when it cannot.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  fi
  die "PostgreSQL is not reachable at 127.0.0.1:5432 and could not be started; the PostgreSQL tests need it (set TEST_DATABASE_URL to use another server)"
}

test_all() {
  log "checking formatting"
  cargo fmt --all -- --check

  ensure_postgres
  log "Rust tests (SQLite and PostgreSQL)"
  TEST_DATABASE_URL=$PG_URL cargo test --workspace --exclude jobforge-frontend

  build_all dev
  log "end-to-end tests in Chromium (JavaScript on and off)"
  E2E_SERVER_BIN="${CARGO_TARGET_DIR:-target}/debug/jobforge" \
    node_modules/.bin/playwright test -c end2end/playwright.config.ts
}
