# Builds the browser bundle and the server without cargo-leptos. Sourced by run.sh.
#   build_all dev|release

leptos_setting() { awk -F' = ' -v k="$1" '$1 == k { gsub(/"/, "", $2); print $2 }' Leptos.toml; }

build_all() {
  local mode=$1
  local name site pkg target
  name=$(leptos_setting output-name)
  site=$(leptos_setting site-root)
  pkg="$site/$(leptos_setting site-pkg-dir)"
  target=${CARGO_TARGET_DIR:-target}
  mkdir -p "$pkg"

  local wasm_profile=dev wasm_dir=debug server_flags=()
  if [ "$mode" = release ]; then
    wasm_profile=$(leptos_setting lib-profile-release); wasm_dir=$wasm_profile
    server_flags=(--release)
  fi

  log "building the browser bundle ($wasm_profile)"
  cargo build --quiet -p "$(leptos_setting lib-package)" --lib --target wasm32-unknown-unknown --profile "$wasm_profile"
  wasm-bindgen --target web --no-typescript --out-dir "$pkg" --out-name "$name" \
    "$target/wasm32-unknown-unknown/$wasm_dir/$(leptos_setting lib-package | tr - _).wasm"
  if [ "$mode" = release ]; then
    log "optimising the wasm with wasm-opt -Oz"
    node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-sign-ext \
      --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types \
      --enable-multivalue "$pkg/${name}_bg.wasm" -o "$pkg/${name}_bg.wasm"
  fi

  log "building the stylesheet"
  local minify=()
  [ "$mode" = release ] && minify=(--minify)
  node_modules/.bin/tailwindcss -i "$(leptos_setting tailwind-input-file)" -o "$pkg/$name.css" "${minify[@]}" 2>/dev/null
  cp -r "$(leptos_setting assets-dir)/." "$site/"

  # Pre-compressed copies are served as they are, sparing the CPU per request.
  rm -f "$pkg"/*.gz
  if [ "$mode" = release ]; then gzip -k -9 -f "$pkg"/*.{js,wasm,css}; fi

  log "building the server ($mode)"
  cargo build --quiet -p "$(leptos_setting bin-package)" "${server_flags[@]}"
}
