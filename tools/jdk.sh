# Sourced by ./pyxis, ./run-tests and .ci/run: points JAVA_HOME at a JDK 25 or newer.
# The machine's default java may be older (17); a newer JDK sits beside it under /usr/lib/jvm.

pyxis_java_feature() {  # prints the feature version of "$1/bin/java", or nothing
    [ -x "$1/bin/java" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pyxis_select_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$candidate" ] || continue
        version=$(pyxis_java_feature "$candidate")
        if [ -n "$version" ] && [ "$version" -ge 25 ]; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "pyxis: needs a JDK 25 or newer; set JAVA_HOME to one (none found under /usr/lib/jvm)" >&2
    return 1
}
