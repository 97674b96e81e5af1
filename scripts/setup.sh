# Shared set-up for ./run and ./test: installs the Debian packages the build needs
# when they are missing, then configures and builds into build/. Idempotent: a
# second run installs nothing and rebuilds only what changed.

OSC_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqcustomplot-dev libgl-dev
)
OSC_BUILD_DIR="${OSC_BUILD_DIR:-build}"

osc_missing_packages() {
    local package
    for package in "${OSC_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || echo "$package"
    done
}

osc_ensure_packages() {
    local missing
    missing=$(osc_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing the packages the build needs:" $missing
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "error: these Debian packages are missing and sudo is not available:" $missing >&2
            echo "Install them as root: apt-get install" $missing >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing
}

osc_build() {
    if [ ! -f "$OSC_BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$OSC_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$OSC_BUILD_DIR" -j "$(nproc)"
}
