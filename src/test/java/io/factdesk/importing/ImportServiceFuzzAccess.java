package io.factdesk.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;


/** Lets the fuzz tests drive the readers and the row validator without a database. */
public final class ImportServiceFuzzAccess {

    private ImportServiceFuzzAccess() {
    }

    /** Claims 1 to 10 exist; every row problem comes back as "FILE:LINE: field: reason". */
    public static List<String> parseAndValidate(Path file, ImportFormat format) {
        BitSet ids = new BitSet();
        ids.set(1, 11);
        ClaimLookup claims = new ClaimLookup(() -> ids, () -> Map.of("0000000000000001", 1L), id -> "0000000000000001");
        RowValidator validator = new RowValidator(claims, null, Instant.EPOCH,
                io.factdesk.verdicts.KnownReviewers.ANYONE.current());
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (ImportInput input = ImportInput.open(file, name)) {
            VerdictFileReader.of(format, input, name, false).read(row ->
                    validator.validate(row).problems().forEach(p -> problems.add(name + ":" + row.line() + ": " + p)));
        }
        return problems;
    }
}
