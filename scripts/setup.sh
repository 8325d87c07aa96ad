# Installs what building and testing Jobforge needs, skipping what is already there
# at the right version. Sourced by run.sh; every step is idempotent.

# Tools that `cargo install` puts in place must be found right after.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

log() { printf '\033[1;36m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root to run: $*"; fi
}

# Debian packages: installs only the missing ones.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_rust() {
  command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup and run this again"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
  [ -n "$want" ] || die "wasm-bindgen is not in Cargo.lock"
  have=
  if command -v wasm-bindgen >/dev/null; then
    have=$(wasm-bindgen --version | awk '{print $2}')
  fi
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (found: ${have:-none}); a few minutes, once"
    # Not --locked: its lockfile pins a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "=$want" --quiet
  fi
}

# npm packages from package-lock.json (Tailwind, wasm-opt, Playwright, axe-core).
ensure_npm() {
  command -v npm >/dev/null || ensure_apt nodejs npm
  local stamp=node_modules/.jobforge-lock
  local sum
  sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    log "installing npm packages"
    # npm ci trips over the platform-specific optional packages of Tailwind's
    # engine (missing from a lockfile made on one platform); install keeps the lock.
    npm install --no-audit --no-fund --loglevel=error
    echo "$sum" > "$stamp"
  fi
}

setup_all() {
  ensure_apt ca-certificates chromium poppler-utils fonts-noto-core \
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara
  ensure_rust
  ensure_wasm_bindgen
  ensure_npm
}
