#!/usr/bin/env bash
# Jobforge's two commands:
#   ./run.sh start   install what is missing, build, and serve on http://127.0.0.1:3000
#   ./run.sh test    install what is missing, then run every test
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
source scripts/build.sh
source scripts/test.sh

case "${1:-}" in
  start)
    setup_all
    build_all release
    log "starting Jobforge on http://127.0.0.1:3000 (SQLite in ./data, offline AI engine)"
    exec "${CARGO_TARGET_DIR:-target}/release/jobforge" serve
    ;;
  test)
    setup_all
    test_all
    ;;
  build)
    setup_all
    build_all "${2:-dev}"
    ;;
  *)
    echo "usage: ./run.sh start | test | build [dev|release]" >&2
    exit 2
    ;;
esac
