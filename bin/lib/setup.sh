# Dependency installation shared by bin/setup, bin/swkafka and bin/test. Source it; it defines
# functions only. Everything is idempotent and cheap when the dependencies are already there:
# `dpkg -s` for Debian packages, a stamp file for the virtualenv. Progress goes to stderr.

SWK_ROOT="${SWK_ROOT:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"

# What `swift build` links against (CCompression, readline for the interactive console producer).
SWK_BUILD_DEBS=(zlib1g-dev liblz4-dev libzstd-dev libsnappy-dev libreadline-dev)
# What the real-client tests and the capture script call.
SWK_TEST_DEBS=(kcat lz4 zstd)

swk_log() { printf 'setup: %s\n' "$*" >&2; }

_swk_apt_updated=0

# swk_ensure_debs PKG...: installs the packages that `dpkg -s` does not report as installed.
swk_ensure_debs() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        swk_log "missing packages ${missing[*]} and no apt-get here; install them by hand"
        return 1
    fi
    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            swk_log "missing packages ${missing[*]}: not root and no sudo; install them by hand"
            return 1
        fi
        as_root=(sudo -n)
        # A terminal can answer sudo's password prompt; CI (no stdin) needs passwordless sudo.
        [ -t 0 ] && as_root=(sudo)
    fi
    swk_log "installing ${missing[*]}"
    if [ "$_swk_apt_updated" -eq 0 ]; then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
        _swk_apt_updated=1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2
}

swk_ensure_build_deps() {
    swk_ensure_debs "${SWK_BUILD_DEBS[@]}" || return 1
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            swk_log "no Swift toolchain on PATH (swift 6.1 or newer is needed; it is not a Debian package)"
            return 1
        fi
    fi
}

# The virtualenv at .venv with Tests/Interop/requirements.txt. The stamp holds the requirements it
# was made from, so a changed list reinstalls and an unchanged one costs one `cmp`.
swk_ensure_venv() {
    local venv="$SWK_ROOT/.venv" req="$SWK_ROOT/Tests/Interop/requirements.txt"
    local stamp="$venv/.swkafka-requirements"
    if [ -x "$venv/bin/python" ] && cmp -s "$req" "$stamp"; then
        return 0
    fi
    if ! command -v python3 >/dev/null 2>&1; then
        swk_ensure_debs python3 python3-venv || return 1
    fi
    if [ ! -x "$venv/bin/python" ]; then
        # Debian's python3 ships venv without ensurepip; python3-venv brings it.
        python3 -c 'import ensurepip' >/dev/null 2>&1 || swk_ensure_debs python3-venv || return 1
        swk_log "creating $venv"
        python3 -m venv "$venv" >&2 || return 1
    fi
    swk_log "installing Python packages from Tests/Interop/requirements.txt"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req" </dev/null >&2 || return 1
    cp "$req" "$stamp"
}

swk_ensure_test_deps() {
    swk_ensure_debs "${SWK_TEST_DEBS[@]}" && swk_ensure_venv
}
