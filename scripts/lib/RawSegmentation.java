import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The baseline of scripts/bench's ingest row: read every file of a folder and split it into
 * sentences with ICU4J alone, on one thread, storing nothing. factdesk's ingest does this and
 * everything else (its segmentation rules, scoring, claimants, duplicates, SQLite), so the ratio
 * says what the rest costs.
 */
public class RawSegmentation {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        long count = 0;
        for (Path file : files) {
            sentences.setText(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            sentences.first();
            while (sentences.next() != BreakIterator.DONE) {
                count++;
            }
        }
        System.out.println(count);
    }
}
