# Sourced by mvnw. The project needs JDK 21 or newer (Lucene 10); many machines still default to an
# older java. When JAVA_HOME is unset or too old, pick the newest JDK >= 21 found in the usual folders.
foiarchive_java_major() {
  # A JDK's release file names its version: reading it is instant, where starting a JVM to ask costs a
  # noticeable share of a start-up (every command runs this, for several JDKs). Ask the JVM without one.
  foiarchive_java="$(command -v "$1" 2>/dev/null || echo "$1")"
  foiarchive_release="$(dirname "$(dirname "$(readlink -f "$foiarchive_java" 2>/dev/null || echo "$foiarchive_java")")")/release"
  if [ -f "$foiarchive_release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$foiarchive_release" | head -n 1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
  fi
}
foiarchive_needs_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(foiarchive_java_major "$JAVA_HOME/bin/java")
  elif command -v java >/dev/null 2>&1; then
    v=$(foiarchive_java_major java)
  else
    v=0
  fi
  [ "${v:-0}" -lt 21 ] 2>/dev/null
}
if foiarchive_needs_jdk; then
  set +f  # mvnw runs with globbing off; the search below needs it
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    v=$(foiarchive_java_major "$candidate/bin/java")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "${v:-0}" -gt "${foiarchive_best_version:-0}" ]; then
      foiarchive_best_version=$v
      foiarchive_best_home=$candidate
    fi
  done
  set -f
  if [ -n "${foiarchive_best_home-}" ]; then
    JAVA_HOME=$foiarchive_best_home
    export JAVA_HOME
  else
    echo "foiarchive needs a JDK 21 or newer; set JAVA_HOME to one." >&2
  fi
fi
