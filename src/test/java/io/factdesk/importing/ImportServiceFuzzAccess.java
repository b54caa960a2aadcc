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
        ClaimLookup.Source claims = new ClaimLookup.Source() {
            @Override
            public BitSet allIds() {
                BitSet ids = new BitSet();
                ids.set(1, 11);
                return ids;
            }

            @Override
            public Map<String, Integer> idsByFingerprint() {
                return Map.of("0000000000000001", 1);
            }

            @Override
            public String fingerprintOf(io.factdesk.claims.ClaimId id) {
                return "0000000000000001";
            }
        };
        RowValidator validator = new RowValidator(new ClaimLookup(claims), null, Instant.EPOCH);
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        VerdictFileReader.of(format, file, name, false).read(row ->
                validator.validate(row).problems().forEach(p -> problems.add(name + ":" + row.line() + ": " + p)));
        return problems;
    }
}
