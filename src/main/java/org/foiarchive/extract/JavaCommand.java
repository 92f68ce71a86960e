package org.foiarchive.extract;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The command line that starts another JVM on this application's own code: the same java binary and
 * classes, another main class. Works from the executable jar (through Spring Boot's launcher), from
 * {@code spring-boot:run} and from tests (a plain class path).
 */
public final class JavaCommand {
  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  private JavaCommand() {}

  /** {@code java [jvmOptions] <this class path> mainClass [args]}. */
  public static List<String> of(String mainClass, List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(jvmOptions);
    String classPath = System.getProperty("java.class.path");
    if (isExecutableJar(classPath)) {
      command.add("-Dloader.main=" + mainClass);
      command.add("-cp");
      command.add(classPath);
      command.add(BOOT_LAUNCHER);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add(mainClass);
    }
    command.addAll(args);
    return command;
  }

  static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static boolean isExecutableJar(String classPath) {
    if (classPath == null
        || classPath.contains(File.pathSeparator)
        || !classPath.endsWith(".jar")) {
      return false;
    }
    Path jar = Path.of(classPath);
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry("BOOT-INF/classes/") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
