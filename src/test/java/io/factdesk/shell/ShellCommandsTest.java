package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.factdesk.support.ExitCode;

/**
 * Drives the commands through the same parser and dispatcher as the shell, over the project's seeds.
 * Every test gets its own application context, so its own database file and reviewer session:
 * no test sees what another one wrote or which reviewer it set.
 */
class ShellCommandsTest extends io.factdesk.shell.ShellTestSupport {

    @Autowired
    ApplicationContext context;

    private int pendingCount() {
        assertThat(run("claims count --status pending")).isEqualTo(ExitCode.OK);
        return Integer.parseInt(out.toString().strip());
    }

    /** Whichever repetition runs second would see the first one's reviewer and verdict if the state were shared. */
    @RepeatedTest(2)
    void everyTestStartsWithAFreshDatabaseAndSession() {
        assertThat(run("reviewer")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("no reviewer set");
        assertThat(run("claims count --status reviewed")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("0");
        long id = firstPendingId();
        assertThat(run("reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("verdict " + id + " unverifiable --note \"left behind\"")).isEqualTo(ExitCode.OK);
    }

    @Test
    void claimsGroup() {
        assertThat(run("claims count")).isEqualTo(ExitCode.OK);
        assertThat(Integer.parseInt(out.toString().strip())).isPositive();
        assertThat(run("claims list --status all")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("held").contains("needs-review");
        assertThat(run("claims show 999")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).isEqualTo("error: claim 999 not found" + System.lineSeparator());
        assertThat(run("claims list --status nonsense")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("claims show 1 --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"id\" : 1", "\"seed\"", "\"reasons\"", "\"context\"");
    }

    @Test
    void verdictHistoryUndoGroup() {
        int before = pendingCount();
        long id = firstPendingId();
        assertThat(run("verdict " + id + " mostly-true --evidence https://a.org --evidence https://b.org --note \"Two sources\" --reviewer \"Nguyễn Thị Lan\""))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("recorded MOSTLY_TRUE on claim " + id + " by Nguyễn Thị Lan");
        assertThat(pendingCount()).isEqualTo(before - 1);

        assertThat(run("verdict " + id + " TRUE --note nothing")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no reviewer");
        assertThat(run("reviewer \"Nguyễn Thị Lan\"")).isEqualTo(ExitCode.OK);
        assertThat(run("verdict " + id + " TRUE --note nothing")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("needs at least one evidence URL");
        assertThat(run("history " + id)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("MOSTLY_TRUE by Nguyễn Thị Lan", "evidence https://b.org");
        assertThat(run("undo " + id)).isEqualTo(ExitCode.OK);
        assertThat(pendingCount()).isEqualTo(before);
        assertThat(run("undo " + id)).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void seedsAndExportGroup() throws Exception {
        assertThat(run("seeds list --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"sourceUrl\" : \"https://dantri.com.vn/");
        long id = firstPendingId();
        run("verdict " + id + " FALSE --evidence https://a.org --note \"x | *y*\" --reviewer Bob");
        Path report = folder().resolve("out/report.md");
        assertThat(run("export --format markdown --out " + report)).as("a missing folder is not made").isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).startsWith("error: folder ").doesNotContain("Exception");
        Files.createDirectories(report.getParent());
        assertThat(run("export --format markdown --out " + report)).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).contains("# Verification report", "x \\| \\*y\\*", "<https://a.org>");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .as("a report to publish is readable by others, as the umask allows").startsWith("rw-r");
        assertThat(run("export --format pdf --out x")).isEqualTo(ExitCode.BAD_INPUT);
        run("undo " + id + " --reviewer Bob");
    }

    @Test
    void searchAndFilters() {
        assertThat(run("claims search success rate")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("We know startups have only a 5% success rate.");
        assertThat(out.toString().lines().count()).isEqualTo(2);
        assertThat(run("claims list --type statistic --min-score 0.9 --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"type\" : \"statistic\"").doesNotContain("\"type\" : \"policy\"");
        assertThat(run("claims list --type opinion")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("unknown claim type 'opinion'");
        assertThat(run("claims search")).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void helpListsEveryCommandAndExplainsOptions() {
        assertThat(run("help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("claims list", "verdict", "review", "import", "export", "apply-group");
        assertThat(run("claims list --help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Example: claims list", "--min-score VALUE", "only claims scoring at least");
        assertThat(run("help import")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--dry-run ", "check only, write nothing");
        assertThat(run("help nonsense")).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void databaseGroup() {
        assertThat(run("db check")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("ok: ");
        assertThat(run("db stats")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("claims:", "verdict entries:", "fact-checks:     0 (library)");
        Path copy = folder().resolve("backup/copy.db");
        assertThat(run("db backup " + copy)).isEqualTo(ExitCode.OK);
        assertThat(copy).exists();
        assertThat(run("db backup " + copy)).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void reviewRefusesADumbTerminal() {
        assertThat(run("review")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("review needs an interactive terminal").contains("use 'verdict");
    }

    @Test
    void usageErrorsAreOneLine() {
        assertThat(run("claims list --stauts x")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(run("import")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("import /nonexistent.csv")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(List.of(run("nonsense"))).containsExactly(ExitCode.BAD_INPUT);
    }

    /** The premise of {@link NoConstraintValidator}: nothing on a command's parameters asks for Bean Validation. */
    @Test
    void commandParametersCarryNoBeanValidationConstraints() {
        List<Method> commands = CommandRegistryConfig.commandMethods(context);
        assertThat(commands).hasSizeGreaterThan(10);
        List<String> constrained = commands.stream()
                .flatMap(m -> Arrays.stream(m.getParameters()).filter(ShellCommandsTest::asksForValidation)
                        .map(p -> m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(" + p.getName() + ")"))
                .toList();
        assertThat(constrained).isEmpty();
    }

    private static boolean asksForValidation(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(t -> t.getName().startsWith("jakarta.validation.")
                        || t.isAnnotationPresent(jakarta.validation.Constraint.class));
    }
}
