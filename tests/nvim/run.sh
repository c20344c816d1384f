#!/usr/bin/env bash
# The real-client test of `editorial-lint lsp`: headless Neovim (Debian's package, 0.7.2: built-in LSP client) over a
# copy of tests/nvim/workspace. Installs Neovim with apt-get when it is missing. Expects the CLI built (dotnet build).
#
#   tests/nvim/run.sh                   the test; prints one line per check and "N passed, N failed"; exit 1 on failure
#   tests/nvim/run.sh --control silent  negative control: the same test against a server that never publishes
#   tests/nvim/run.sh --control column  negative control: the real server, every expected column one byte off
#   tests/nvim/run.sh --control unsuppressed  negative control: the fixture's suppression comment removed, so the
#                                       figure that must not be reported is
# A control passes when the test FAILS; each prints "control <name>: the test failed as it must" or exits 1.
# (If the Lua script dies before it quits, the trailing "cquit 2" ends Neovim.)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
control=""
if [ "${1:-}" = "--control" ]; then control=${2:?--control needs silent or column}; fi

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim-test: installing neovim (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) >/dev/null 2>&1 \
    || { echo "nvim-test: could not install neovim"; echo "0 passed, 1 failed"; exit 1; }
fi

server_dll="$repo/src/EditorialLint.Cli/bin/Debug/net10.0/editorial-lint.dll"
server_cmd="[\"dotnet\", \"$server_dll\", \"lsp\"]"
if [ "$control" != "silent" ] && [ ! -f "$server_dll" ]; then
  echo "nvim-test: $server_dll is missing (run dotnet build first)"; echo "0 passed, 1 failed"; exit 1
fi
timeout_ms=20000
mutate=""
case "$control" in
  "") ;;
  silent) server_cmd="[\"python3\", \"$here/silent_server.py\"]"; timeout_ms=3000 ;;
  column) mutate=column ;;
  unsuppressed) ;;
  *) echo "nvim-test: unknown control '$control'"; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/workspace/." "$work/"
if [ "$control" = "unsuppressed" ]; then sed -i '/editorial-lint disable-next-line/d' "$work/articles/e-suppressed.txt"; fi
log="$work/nvim-output.txt"
(cd "$work" && EDL_NVIM_WORKSPACE="$work" EDL_LSP_CMD_JSON="$server_cmd" EDL_NVIM_TIMEOUT_MS="$timeout_ms" EDL_NVIM_MUTATE="$mutate" \
  timeout 240 nvim --headless -n -i NONE -u NONE -c "luafile $here/lsp_test.lua" -c "cquit 2" </dev/null >"$log" 2>"$work/nvim-stderr.txt")
status=$?
if [ -z "$control" ]; then
  cat "$log"
  if [ $status -ne 0 ] && ! grep -qE '^[0-9]+ passed, [0-9]+ failed$' "$log"; then
    echo "nvim-test: neovim exited $status without a result"; sed 's/^/  stderr: /' "$work/nvim-stderr.txt" | tail -20
    echo "0 passed, 1 failed"
  fi
  exit $status
fi

sed 's/^/  control: /' "$log"
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) failed/\1/')
if [ $status -ne 0 ] && [ -n "$summary" ] && [ "${failed:-0}" -gt 0 ]; then
  echo "control $control: the test failed as it must ($summary)"
  exit 0
fi
echo "control $control: the test did NOT fail (exit $status, '${summary:-no summary}')"
exit 1
