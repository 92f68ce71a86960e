package org.foiarchive.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * How {@code bench http} starts the server: from the class path, or as {@code ./foiarchive serve}
 * does, from the extracted jar with a JDK AOT cache recorded by a training run first. The training
 * run either stops once started ({@link #START}, as the script recorded it before) or asks the
 * start-up warm-up's questions first ({@link #SEARCHES}, as it records it now), so that the cache
 * also holds the classes and method profiles of whole searches.
 */
public enum AotTraining {
  /** No cache: the server starts from the class path. */
  NONE(null),
  /** A cache recorded by a run that stops once its context is ready. */
  START("-Dspring.context.exit=onRefresh"),
  /** A cache recorded by a run that asks the warm-up's questions, then stops. */
  SEARCHES("-Dfoiarchive.warm-up.then-exit=true");

  /** How long a training run may take: a start, and a warm-up bounded at 30 s by default. */
  private static final long TRAINING_LIMIT_MINUTES = 10;

  /** The manifest attribute only an executable Spring Boot jar, with its classes inside, has. */
  private static final String BOOT_CLASSES_ATTRIBUTE = "Spring-Boot-Classes";

  private final String stopOption;

  AotTraining(String stopOption) {
    this.stopOption = stopOption;
  }

  /**
   * Extracts the running jar into a folder beside {@code index} and records a cache there with a
   * training run on {@code corpus} and {@code index}; returns the extracted jar and the cache.
   */
  Recorded record(
      Path corpus,
      Path index,
      String heap,
      List<String> jvmOptions,
      List<String> settings,
      Path log)
      throws IOException, InterruptedException {
    Path jar = runningJar();
    if (jar == null) {
      throw new IOException("run from target/foiarchive.jar to start the server with an AOT cache");
    }
    Path app = index.toAbsolutePath().getParent().resolve("app-" + name().toLowerCase(Locale.ROOT));
    Path cache = app.resolve("foiarchive.aot");
    Path extracted = isExtracted(jar) ? jar : extract(jar, app);
    Files.deleteIfExists(cache);
    try (ServerProcess training =
        ServerProcess.startJar(
            extracted,
            corpus,
            index,
            ExternalCommands.freePort(),
            heap,
            training(jvmOptions, cache),
            settings,
            log)) {
      int status = training.awaitExit(TRAINING_LIMIT_MINUTES, TimeUnit.MINUTES);
      if (status != 0 || !Files.exists(cache)) {
        throw new IOException(
            "the training run exited with status " + status + " and no cache; see " + log);
      }
    }
    return new Recorded(extracted, cache);
  }

  /**
   * The training run's JVM options: the server's own, so that the profiles it records are those of
   * a JVM set as the server is, then the cache's output and how the run stops.
   */
  List<String> training(List<String> jvmOptions, Path cache) {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add("-XX:AOTCacheOutput=" + cache);
    options.add(stopOption);
    return options;
  }

  /** An extracted jar and the AOT cache recorded for it. */
  record Recorded(Path jar, Path cache) {}

  /**
   * Extracts an executable jar into {@code app} as Spring Boot's tools mode lays it out (its
   * classes in plain jars, which the JDK can put in an AOT cache) and returns the extracted jar.
   */
  static Path extract(Path jar, Path app) throws IOException, InterruptedException {
    Files.createDirectories(app);
    ExternalCommands.run(
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--force",
            "--destination",
            app.toString()));
    return app.resolve(jar.getFileName());
  }

  /**
   * Whether {@code jar} is already laid out as extraction leaves it (its classes, with its
   * libraries beside it on its manifest's class path) rather than an executable jar with its
   * libraries inside: {@code ./foiarchive} runs every command from the extracted jar, which tools
   * mode cannot extract again, and which the training run can use as it is.
   */
  static boolean isExtracted(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      return manifest == null
          || manifest.getMainAttributes().getValue(BOOT_CLASSES_ATTRIBUTE) == null;
    }
  }

  /** The executable jar this command runs from, or null when it runs from classes. */
  static Path runningJar() {
    String classPath = System.getProperty("java.class.path");
    return classPath != null
            && classPath.endsWith(".jar")
            && !classPath.contains(File.pathSeparator)
        ? Path.of(classPath).toAbsolutePath()
        : null;
  }
}
