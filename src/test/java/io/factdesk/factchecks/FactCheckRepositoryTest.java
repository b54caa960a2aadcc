package io.factdesk.factchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.db.Database;
import io.factdesk.db.Transactions;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/** The library on both engines: storing, de-duplication by review URL, all-or-nothing imports, search. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class FactCheckRepositoryTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    Database database;
    FactCheckRepository repository;
    FactCheckService service;

    @BeforeEach
    void setUp() {
        database = Database.open(engine.newDatabase(dir));
        repository = new FactCheckRepository(database);
        service = new FactCheckService(repository, new Transactions(database), () -> Instant.parse("2025-04-01T08:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static String review(String url, String claim, String date) {
        return "{\"@type\": \"ClaimReview\", \"url\": \"" + url + "\", \"claimReviewed\": \"" + claim + "\","
                + " \"author\": {\"name\": \"Example Checks\", \"url\": \"https://checks.example.org/\"},"
                + (date == null ? "" : " \"datePublished\": \"" + date + "\",")
                + " \"reviewRating\": {\"ratingValue\": 1, \"bestRating\": 3, \"worstRating\": 0, \"alternateName\": \"Mostly false\"}}";
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aReviewIsStoredWithEveryFieldAndReadBackByUrl() {
        NewFactCheck f = new NewFactCheck("Café prices rose 40%.", 1.0, 3.0, 0.0, "Mostly false", 1.0 / 3,
                "https://checks.example.org/cafe", "Example Checks", "https://checks.example.org/", LocalDate.of(2024, 3, 5),
                "Nguyễn Văn An", "https://news.example.org/a", "vi");
        assertThat(repository.insert(f, "a.json", Instant.parse("2025-04-01T08:00:00Z"))).isTrue();
        FactCheck read = repository.byUrl("https://checks.example.org/cafe").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(new FactCheck(0, "Café prices rose 40%.",
                0.33333334, "Mostly false", "https://checks.example.org/cafe", "Example Checks", "2024-03-05", 1.0, 3.0, 0.0,
                "https://checks.example.org/", "Nguyễn Văn An", "https://news.example.org/a", "vi", "a.json",
                Instant.parse("2025-04-01T08:00:00Z")));
        assertThat(repository.byUrl("https://checks.example.org/other")).isEmpty();
        assertThat(repository.all()).containsExactly(read);
    }

    @Test
    void importingAFileAgainOrTheSameReviewFromAnotherFileAddsNothing() throws IOException {
        Path first = file("first.json", "[" + review("https://a.org/1", "One", "2024-01-01") + ", "
                + review("https://a.org/2", "Two", null) + "]");
        assertThat(service.importFile(first, "first.json")).extracting(FactCheckService.Imported::read,
                FactCheckService.Imported::added, FactCheckService.Imported::alreadyThere).containsExactly(2, 2, 0);
        assertThat(service.importFile(first, "first.json")).extracting(FactCheckService.Imported::added,
                FactCheckService.Imported::alreadyThere).containsExactly(0, 2);
        Path second = file("second.jsonl", review("https://a.org/2", "Two, as another file has it", null) + "\n"
                + review("https://a.org/3", "Three", "2024-02-01") + "\n");
        assertThat(service.importFile(second, "second.jsonl")).extracting(FactCheckService.Imported::added,
                FactCheckService.Imported::alreadyThere).containsExactly(1, 1);
        assertThat(repository.all()).extracting(FactCheck::reviewUrl, FactCheck::claimReviewed, FactCheck::sourceFile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://a.org/1", "One", "first.json"),
                        org.assertj.core.groups.Tuple.tuple("https://a.org/2", "Two", "first.json"),
                        org.assertj.core.groups.Tuple.tuple("https://a.org/3", "Three", "second.jsonl"));
        assertThat(service.list(FactCheckRepository.NO_LIMIT)).extracting(FactCheck::reviewUrl)
                .as("newest first, undated last").containsExactly("https://a.org/3", "https://a.org/1", "https://a.org/2");
        assertThat(service.list(1)).hasSize(1);
    }

    @Test
    void aFileWithOneBadReviewWritesNothing() throws IOException {
        Path bad = file("bad.json", "[" + review("https://a.org/1", "One", null) + ", "
                + review("https://a.org/2", "Two", "yesterday") + "]");
        FactCheckService.Imported imported = service.importFile(bad, "bad.json");
        assertThat(imported.problems()).containsExactly("bad.json: $[1].datePublished: not an ISO-8601 date (\"yesterday\")");
        assertThat(repository.all()).isEmpty();
        assertThatThrownBy(() -> service.importFile(dir.resolve("missing.json"), "missing.json"))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage("fact-check file missing.json not found");
        assertThatThrownBy(() -> service.importFile(dir, "dir"))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        Files.write(dir.resolve("latin1.json"), new byte[] {'[', '\n', (byte) 0xE9, ']'});
        assertThatThrownBy(() -> service.importFile(dir.resolve("latin1.json"), "latin1.json"))
                .hasMessage("latin1.json:2: not UTF-8 text; nothing written");
    }

    @Test
    void searchFindsEveryWordIgnoringAccentsAndCase() throws IOException {
        service.importFile(file("a.json", "[" + review("https://a.org/1", "Café prices in Hà Nội rose 40%", "2024-01-01")
                + ", " + review("https://a.org/2", "The minimum wage doubled", "2024-02-01")
                + ", " + review("https://a.org/3", "Cafe owners in Ha Noi pay more tax", "2024-03-01") + "]"), "a.json");
        assertThat(service.search("CAFE", FactCheckRepository.NO_LIMIT)).extracting(FactCheck::reviewUrl)
                .containsExactly("https://a.org/3", "https://a.org/1");
        assertThat(service.search("hà noi prices", FactCheckRepository.NO_LIMIT)).extracting(FactCheck::reviewUrl)
                .containsExactly("https://a.org/1");
        assertThat(service.search("min*", FactCheckRepository.NO_LIMIT)).extracting(FactCheck::reviewUrl)
                .containsExactly("https://a.org/2");
        assertThat(service.search("cafe", 1)).hasSize(1);
        assertThat(service.search("nothing", FactCheckRepository.NO_LIMIT)).isEmpty();
        assertThat(service.search("it's \"OR\" NEAR(", FactCheckRepository.NO_LIMIT)).as("no query syntax gets through").isEmpty();
        assertThatThrownBy(() -> service.search("*** ()", 10)).isInstanceOf(FactdeskException.class)
                .hasMessage("search text '*** ()' has no words to look for");
    }

    @Test
    void theDatabaseKeepsOneRowPerReviewUrlWhoeverWrites() {
        NewFactCheck f = new NewFactCheck("c", null, null, null, null, null, "https://a.org/1", "P", null, null, null, null, null);
        Instant now = Instant.parse("2025-04-01T08:00:00Z");
        assertThat(repository.insert(f, "a.json", now)).isTrue();
        assertThat(repository.insert(f, "b.json", now)).isFalse();
        assertThat(repository.count()).isEqualTo(1);
        assertThat(repository.all().get(0).sourceFile()).isEqualTo("a.json");
    }
}
