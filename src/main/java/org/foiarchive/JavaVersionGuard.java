package org.foiarchive;

import java.lang.reflect.InvocationTargetException;

/**
 * What {@code java -jar foiarchive.jar} starts: it says in one line which Java the archive needs
 * when the JVM is older, where the JVM itself would end in a class-version stack trace before any
 * of the archive's code ran. It is compiled for Java 17, the oldest Spring Boot's own launcher runs
 * on, and reaches the application only by name, so that nothing compiled for a newer Java is loaded
 * before the check.
 */
public final class JavaVersionGuard {
  /** The Java release the archive is compiled for (maven.compiler.release). */
  static final int REQUIRED_FEATURE_RELEASE = 21;

  private static final String APPLICATION = "org.foiarchive.FoiArchiveApplication";

  private JavaVersionGuard() {}

  public static void main(String[] args) throws Throwable {
    String refusal = refusal(Runtime.version().feature(), System.getProperty("java.home"));
    if (refusal != null) {
      System.err.println(refusal);
      System.exit(1);
    }
    try {
      Class.forName(APPLICATION).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The line a user reads when this Java is too old for the archive, or null when it is not. */
  static String refusal(int featureRelease, String javaHome) {
    if (featureRelease >= REQUIRED_FEATURE_RELEASE) {
      return null;
    }
    return "foiarchive needs Java "
        + REQUIRED_FEATURE_RELEASE
        + " or newer; this is Java "
        + featureRelease
        + " ("
        + javaHome
        + "). Run ./foiarchive from the project folder, which finds a newer JDK itself, or set"
        + " JAVA_HOME to a JDK "
        + REQUIRED_FEATURE_RELEASE
        + "+ and run $JAVA_HOME/bin/java -jar.";
  }
}
