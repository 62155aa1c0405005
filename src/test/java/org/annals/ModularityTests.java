package org.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries hold: every module declares what it may use, the declarations are the table of decision 0001,
 * no module reaches into another's internal package or uses a module it does not declare, and there are no cycles.
 */
class ModularityTests {

    static final Path TABLE = Path.of("docs/decisions/0001-modules.md");
    static final Path COMMITTED_DOCS = Path.of("docs/modules");
    static final Path WRITTEN_DOCS = Path.of("target/modules-docs");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void every_module_declares_the_dependencies_of_the_table_in_decision_0001() throws IOException {
        Map<String, Uses> documented = documentedTable();
        Map<String, Uses> declared = new TreeMap<>();
        modules.forEach(module -> {
            ApplicationModule declaration = packageAnnotation(module.getBasePackage().getName());
            assertThat(declaration).as("module %s declares @ApplicationModule(allowedDependencies = …) in its "
                    + "package-info.java", module.getIdentifier()).isNotNull();
            declared.put(module.getIdentifier().toString(), new Uses(new TreeSet<>(Arrays.stream(
                    declaration.allowedDependencies()).map(ModularityTests::normalised).toList())));
        });
        assertThat(declared).as("the package-info.java declarations against the table in %s", TABLE)
                .isEqualTo(documented);
    }

    @Test
    void the_committed_module_documentation_shows_the_modules_as_they_are() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN_DOCS.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (Stream<Path> written = Files.list(WRITTEN_DOCS)) {
            for (Path file : written.sorted().toList()) {
                Path committed = COMMITTED_DOCS.resolve(file.getFileName());
                assertThat(committed).as("%s is committed; after a module change copy %s/* to %s", committed,
                        WRITTEN_DOCS, COMMITTED_DOCS).exists();
                // the Documenter writes the same lines in an order that varies from run to run: compare them as a set
                assertThat(Files.readAllLines(committed)).as("%s is current; after a module change copy %s/* to %s",
                        committed, WRITTEN_DOCS, COMMITTED_DOCS).containsExactlyInAnyOrderElementsOf(Files.readAllLines(file));
            }
        }
    }

    /** The dependencies a module may use, as a sorted set (a record, so assertion messages print them readably). */
    record Uses(TreeSet<String> names) {
    }

    private static ApplicationModule packageAnnotation(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Rows of the table: "| `event` | `shared`, `security` |" and "| `shared` | nothing of ours |". */
    private static Map<String, Uses> documentedTable() throws IOException {
        Pattern row = Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|([^|]*)\\|");
        Pattern name = Pattern.compile("`([^`]+)`");
        Map<String, Uses> table = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                List<String> uses = name.matcher(matcher.group(2)).results().map(m -> normalised(m.group(1))).toList();
                table.put(matcher.group(1), new Uses(new TreeSet<>(uses)));
            }
        }
        return table;
    }

    private static String normalised(String dependency) {
        return Arrays.stream(dependency.split("::")).map(String::trim).collect(Collectors.joining(" :: "));
    }
}
