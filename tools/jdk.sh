# Sourced by ./pyxis, ./run-tests and .ci/run: points JAVA_HOME at a JDK 25 or newer.
# The machine's default java may be older (17); a newer JDK sits beside it under /usr/lib/jvm.

# The major version of a JDK home, read from its release file (no JVM start), or nothing.
pyxis_jdk_major() {
    [[ -x "$1/bin/java" && -x "$1/bin/javac" && -f "$1/release" ]] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

# Exports JAVA_HOME (and PATH): JAVA_HOME itself if it is a JDK 25 or newer, else the newest
# such JDK under /usr/lib/jvm. Fails with a message when there is none.
pyxis_select_jdk() {
    local candidate major best="" best_major=0
    if [[ -n "${JAVA_HOME:-}" ]]; then
        major="$(pyxis_jdk_major "$JAVA_HOME")"
        if [[ -n "$major" && "$major" -ge 25 ]]; then
            best="$JAVA_HOME"
        fi
    fi
    if [[ -z "$best" ]]; then
        for candidate in /usr/lib/jvm/*; do
            major="$(pyxis_jdk_major "$candidate")"
            if [[ -n "$major" && "$major" -ge 25 && "$major" -gt "$best_major" ]]; then
                best="$candidate"
                best_major="$major"
            fi
        done
    fi
    if [[ -z "$best" ]]; then
        echo "pyxis: needs a JDK 25 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm)" >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}
