# Sourced by mvnw after select-jdk.sh, for `./mvnw spring-boot:run` only (the README's first command).
#
# 1. The JVM class cache the application starts with, passed to Maven as foiarchive.run.class-cache (pom.xml,
#    spring-boot:run's jvmArguments): the classes an earlier run loaded (on JDK 25 or newer also linked), mapped
#    instead of loaded, verified and linked again.
#    - JDK 25 or newer: an AOT cache, target/run/foiarchive.aot, used when nothing changed since it was written
#      (the pom, a source, the classes jar); otherwise the run records a new one, which the JVM writes as the
#      server stops. One the JVM cannot map is reported and removed by the application (-Dfoiarchive.aot-cache).
#    - JDK 21 to 24: a class-data archive, target/run/foiarchive.jsa, which the JVM writes as the server stops
#      when there is none; one older than a change is removed first (the JVM would not replace it).
#    It is chosen here, before Maven starts: a property a plugin sets inside spring-boot:run's forked build does
#    not reach spring-boot:run itself.
# 2. When nothing changed since the last server Maven started for the plain command (whose command the
#    application wrote into target/run/launch.args), the server is started from that record directly: Maven would compile and pack
#    nothing and start the same command, after seconds of its own. FOIARCHIVE_RUN=maven always goes through Maven.
foiarchive_runs_server=
# Whether the command is the plain one (no other goal, profile or option that could change the server).
foiarchive_plain=yes
foiarchive_quiet=
foiarchive_app_args=
for foiarchive_arg in "$@"; do
  case "$foiarchive_arg" in
    spring-boot:run) foiarchive_runs_server=1 ;;
    -o | --offline | -B | --batch-mode) ;;
    -q | --quiet) foiarchive_quiet=1 ;;
    -Dspring-boot.run.arguments=*)
      foiarchive_app_args="${foiarchive_arg#-Dspring-boot.run.arguments=}"
      # Maven splits this value on spaces but honours quotes; only plain words are replayed here.
      case "$foiarchive_app_args" in *[\"\'\\]*) foiarchive_plain= ;; esac
      ;;
    *) foiarchive_plain= ;;
  esac
done
if [ -n "$foiarchive_runs_server" ]; then
  foiarchive_root="$(cd "$(dirname "$0")" && pwd)"
  foiarchive_run="$foiarchive_root/target/run"
  foiarchive_record="$foiarchive_run/launch.args"
  # Whether the pom, a source or the classes jar changed since FILE was written (or there is no FILE).
  foiarchive_changed_since() {
    [ ! -f "$1" ] || [ ! -f "$foiarchive_run/foiarchive-classes.jar" ] \
      || [ -n "$(find "$foiarchive_root/pom.xml" "$foiarchive_root/src/main" \
        "$foiarchive_run/foiarchive-classes.jar" -newer "$1" -print 2>/dev/null | head -n 1)" ]
  }
  foiarchive_java="java"
  [ -z "${JAVA_HOME-}" ] || foiarchive_java="$JAVA_HOME/bin/java"
  foiarchive_major="$(foiarchive_java_major "$foiarchive_java")"
  if [ "${foiarchive_major:-0}" -ge 25 ] 2>/dev/null; then
    foiarchive_cache="$foiarchive_run/foiarchive.aot"
    if foiarchive_changed_since "$foiarchive_cache"; then
      foiarchive_class_cache="-XX:AOTCacheOutput=$foiarchive_cache"
      foiarchive_quoted_cache="\"-XX:AOTCacheOutput=$foiarchive_cache\""
    else
      foiarchive_class_cache="-XX:AOTCache=$foiarchive_cache -Dfoiarchive.aot-cache=$foiarchive_cache"
      foiarchive_quoted_cache="\"-XX:AOTCache=$foiarchive_cache\" \"-Dfoiarchive.aot-cache=$foiarchive_cache\""
    fi
  else
    foiarchive_cache="$foiarchive_run/foiarchive.jsa"
    if foiarchive_changed_since "$foiarchive_cache"; then
      rm -f "$foiarchive_cache"
    fi
    foiarchive_class_cache="-XX:SharedArchiveFile=$foiarchive_cache -XX:+AutoCreateSharedArchive"
    foiarchive_quoted_cache="\"-XX:SharedArchiveFile=$foiarchive_cache\" -XX:+AutoCreateSharedArchive"
  fi
  # The JVM's own notes on the cache are several lines for one fact; the application reports what matters.
  foiarchive_quiet_cache="-Xlog:cds=off"
  [ "${foiarchive_major:-0}" -lt 25 ] 2>/dev/null || foiarchive_quiet_cache="-Xlog:aot=off -Xlog:cds=off"
  case "$foiarchive_root" in *[[:space:]\"\']*) foiarchive_plain= ;; esac
  foiarchive_shortcut="$foiarchive_plain"
  [ "${FOIARCHIVE_RUN-}" != maven ] || foiarchive_shortcut=

  # The shortcut: the recorded JDK must be the one chosen now and every class path entry must still exist.
  if [ -n "$foiarchive_shortcut" ] && ! foiarchive_changed_since "$foiarchive_record"; then
    foiarchive_line=0
    foiarchive_home=
    foiarchive_main=
    foiarchive_classpath=
    foiarchive_options=
    while IFS= read -r foiarchive_value; do
      foiarchive_line=$((foiarchive_line + 1))
      case $foiarchive_line in
        1) foiarchive_home="$foiarchive_value" ;;
        2) foiarchive_main="$foiarchive_value" ;;
        3) foiarchive_classpath="$foiarchive_value" ;;
        *)
          case "$foiarchive_value" in *[[:space:]\"\']*) foiarchive_shortcut= ;; esac
          foiarchive_options="$foiarchive_options $foiarchive_value"
          ;;
      esac
    done <"$foiarchive_record"
    if [ "$(readlink -f "$foiarchive_home/bin/java" 2>/dev/null)" != \
      "$(readlink -f "$(command -v "$foiarchive_java" 2>/dev/null || echo "$foiarchive_java")" 2>/dev/null)" ]; then
      foiarchive_shortcut=
    fi
    case "$foiarchive_main" in "" | *[!A-Za-z0-9_.]*) foiarchive_shortcut= ;; esac
    foiarchive_saved_ifs="$IFS"
    IFS=:
    for foiarchive_entry in $foiarchive_classpath; do
      [ -f "$foiarchive_entry" ] || foiarchive_shortcut=
    done
    IFS="$foiarchive_saved_ifs"
    if [ -n "$foiarchive_shortcut" ] && [ -n "$foiarchive_classpath" ]; then
      [ -n "$foiarchive_quiet" ] \
        || echo "mvnw: nothing changed since the last build; starting the server it recorded (FOIARCHIVE_RUN=maven to go through Maven)" >&2
      cd "$foiarchive_root"
      # Word splitting on purpose: the options and arguments are plain words (checked above).
      # shellcheck disable=SC2086
      exec "$foiarchive_home/bin/java" $foiarchive_options $foiarchive_class_cache $foiarchive_quiet_cache \
        "-Dfoiarchive.launch-record=$foiarchive_record" -cp "$foiarchive_classpath" "$foiarchive_main" \
        $foiarchive_app_args
    fi
  fi
  # Only the plain command's server is recorded: a record of one started with other options (a profile, JVM
  # arguments) would start the next plain command with them.
  if [ -n "$foiarchive_plain" ]; then
    foiarchive_quoted_cache="$foiarchive_quoted_cache \"-Dfoiarchive.launch-record=$foiarchive_record\""
  else
    rm -f "$foiarchive_record"
  fi
  set -- "$@" "-Dfoiarchive.run.class-cache=$foiarchive_quoted_cache $foiarchive_quiet_cache"
fi
