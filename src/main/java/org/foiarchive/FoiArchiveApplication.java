package org.foiarchive;

import jakarta.annotation.PostConstruct;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.util.Constants;
import org.foiarchive.cli.FoiArchiveCommand;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The archive's entry point. Every command line goes through the CLI; {@code serve} (also what runs
 * with no arguments, as under {@code ./mvnw spring-boot:run}) starts this Spring Boot application.
 */
@SpringBootApplication(scanBasePackages = "org.foiarchive.web")
public class FoiArchiveApplication {
  /**
   * Lucene says at start-up that it could be faster with the incubating Vector API; users of the
   * CLI cannot act on that, so it is kept out of their terminal (bench and the launcher's serve
   * enable the module). Held here because java.util.logging keeps only weak references to loggers.
   */
  private static final Logger VECTORIZATION_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  private static final String VECTOR_MODULE = "jdk.incubator.vector";

  /** Set by Spring Boot while the build generates the application's start-up code. */
  private static final String AOT_PROCESSING = "spring.aot.processing";

  public static void main(String[] args) {
    if (Boolean.getBoolean(AOT_PROCESSING)) {
      // The build's process-aot (pom.xml) runs this main to learn the application's beans; it stops
      // the application before it starts, which the command line would report as a failure.
      new SpringApplication(FoiArchiveApplication.class).run(args);
      return;
    }
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    CommandLineLogging.quietenLibraries();
    AotCache.forgetIfUnused();
    LaunchRecord.writeIfAsked(FoiArchiveApplication.class);
    int status =
        FoiArchiveCommand.run(
            springArguments ->
                new SpringApplication(FoiArchiveApplication.class).run(springArguments),
            args);
    if (status != FoiArchiveCommand.KEEP_RUNNING) {
      System.exit(status);
    }
  }

  /**
   * Says in the server's log whether Lucene can decode postings with the Vector API, which its
   * messages about it, silenced above, would have said: without it a search at a million passages
   * runs Lucene's slower scalar code. Lucene uses it only with the module and the optimising
   * compiler: not under the quick compiler alone, as {@code ./mvnw spring-boot:run} starts the JVM.
   * Said as the application is made, before it listens.
   */
  @PostConstruct
  void logVectorApi() {
    var log = LoggerFactory.getLogger(FoiArchiveApplication.class);
    if (Constants.IS_CLIENT_VM) {
      log.info(
          "Lucene searches without the Java Vector API: the JVM runs its quick compiler only"
              + " (-XX:TieredStopAtLevel=1), as spring-boot:run starts it; ./foiarchive serve"
              + " runs every tier");
    } else if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
      log.info("Lucene searches with the Java Vector API ({})", VECTOR_MODULE);
    } else {
      log.info(
          "Lucene searches without the Java Vector API: start the JVM with --add-modules={} to"
              + " enable it",
          VECTOR_MODULE);
    }
  }
}
