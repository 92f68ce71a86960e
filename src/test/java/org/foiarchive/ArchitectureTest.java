package org.foiarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages depend only on the packages before them; only web and cli know Spring.
 */
class ArchitectureTest {
  private static final List<String> PIPELINE =
      List.of("corpus", "fetch", "extract", "passage", "tag", "index", "search", "cite", "ingest");
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.foiarchive");

  @Test
  void eachStageUsesOnlyEarlierStages() {
    for (int i = 0; i < PIPELINE.size(); i++) {
      List<String> later = new ArrayList<>(PIPELINE.subList(i + 1, PIPELINE.size()));
      later.add("web");
      later.add("cli");
      String[] forbidden =
          later.stream().map(p -> "org.foiarchive." + p + "..").toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("org.foiarchive." + PIPELINE.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden)
          .because("the pipeline runs one way: " + String.join(" → ", PIPELINE))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  void webAndCliDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.foiarchive.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.foiarchive.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.foiarchive.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.foiarchive.web..")
        .check(CLASSES);
  }

  @Test
  void theCommandLineDoesNotKnowTheApplicationThatStartsIt() {
    noClasses()
        .that()
        .resideInAPackage("org.foiarchive.cli..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(FoiArchiveApplication.class)
        .because(
            "the application starts the command line and hands it the web server, never the other way")
        .check(CLASSES);
  }

  @Test
  void benchIsAToolThatNoStageUses() {
    String[] users = new String[PIPELINE.size() + 1];
    for (int i = 0; i < PIPELINE.size(); i++) {
      users[i] = "org.foiarchive." + PIPELINE.get(i) + "..";
    }
    users[PIPELINE.size()] = "org.foiarchive.web..";
    noClasses()
        .that()
        .resideInAnyPackage(users)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.foiarchive.bench..")
        .because("bench measures the archive from outside; only the command line starts it")
        .check(CLASSES);
  }

  @Test
  void onlyWebCliAndTheApplicationTouchSpring() {
    String[] pipeline =
        PIPELINE.stream().map(p -> "org.foiarchive." + p + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAnyPackage(pipeline)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .check(CLASSES);
  }
}
