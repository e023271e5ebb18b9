#!/usr/bin/env bash
# Set up a machine for the guide: system tools, then the pinned Python environment.
#   scripts/setup.sh            Graphviz + .venv (enough to build and serve)
#   scripts/setup.sh --browser  also Chromium (for the browser tests)
#   scripts/setup.sh --bench    also Chromium, Node.js and the pinned Lighthouse (for make bench)
# Installs with apt when a tool is missing and we are root (or have password-less sudo);
# otherwise stops with one line saying what to install. Re-running is cheap: the venv is
# reinstalled only when requirements.lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0 want_node=0
case "${1:-}" in
  --browser) want_browser=1 ;;
  --bench) want_browser=1 want_node=1 ;;
esac

say() { printf 'setup: %s\n' "$*" >&2; }

# --- system tools ------------------------------------------------------------------
dot_cmd=${GUIDE_DOT:-dot}
chromium_path=${GUIDE_CHROMIUM:-/usr/bin/chromium}
missing=()
command -v "$dot_cmd" >/dev/null 2>&1 || missing+=(graphviz)
if [ "$want_browser" = 1 ] && [ ! -x "$chromium_path" ]; then missing+=(chromium); fi
# Social cards: Cairo draws them, in DejaVu Sans taken from the machine.
{ ldconfig -p 2>/dev/null | grep -q 'libcairo\.so\.2'; } || [ -e /opt/homebrew/lib/libcairo.2.dylib ] || missing+=(libcairo2)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || { fc-list 2>/dev/null | grep -q 'DejaVuSans-Bold.ttf'; } \
  || missing+=(fonts-dejavu-core)
if [ "$want_node" = 1 ] && ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  apt_cmd=()
  if [ "${GUIDE_SETUP_NO_INSTALL:-0}" != 1 ] && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt_cmd=(apt-get)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then apt_cmd=(sudo apt-get)
    fi
  fi
  if [ ${#apt_cmd[@]} -eq 0 ]; then
    say "missing ${missing[*]}: install it (Debian/Ubuntu: sudo apt-get install ${missing[*]}; macOS: brew install ${missing[*]/chromium/--cask chromium}) and run the command again"
    exit 1
  fi
  say "installing ${missing[*]} with apt"
  export DEBIAN_FRONTEND=noninteractive
  "${apt_cmd[@]}" update -qq >/dev/null
  "${apt_cmd[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  command -v "$dot_cmd" >/dev/null 2>&1 || { say "Graphviz did not install: install the 'graphviz' package and run again"; exit 1; }
fi

# --- Python environment ----------------------------------------------------------------
python=${PYTHON:-python3}
command -v "$python" >/dev/null 2>&1 || { say "no python3 found: install Python 3.11 (Debian: sudo apt-get install python3 python3-venv)"; exit 1; }
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || { say "Python 3.10 or newer is needed (found $("$python" -V 2>&1))"; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv 2>/dev/null || { say "python3 -m venv failed: install the venv module (Debian: sudo apt-get install python3-venv)"; exit 1; }
fi
stamp=".venv/.installed-$(sha256sum requirements.lock | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  say "installing the pinned Python dependencies (requirements.lock)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# --- Lighthouse for the benchmark (Node.js, pinned by scripts/lighthouse/package-lock.json) ---------
if [ "$want_node" = 1 ]; then
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
    || { say "Node.js 18 or newer is needed for Lighthouse (found $(node --version)): install a newer nodejs"; exit 1; }
  lh_stamp="scripts/lighthouse/node_modules/.installed-$(sha256sum scripts/lighthouse/package-lock.json | cut -c1-16)"
  if [ ! -f "$lh_stamp" ]; then
    say "installing the pinned Lighthouse (scripts/lighthouse/package-lock.json)"
    (cd scripts/lighthouse && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null) \
      || { say "npm ci failed in scripts/lighthouse: check access to the npm registry and run again"; exit 1; }
    touch "$lh_stamp"
  fi
fi
