package io.factdesk.verdicts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a verdict says, as a key: claim, reviewer, rating, evidence and note. Two rows with
 * the same key (and the same decision time, where the row gives one) are the same verdict.
 */
public final class VerdictKey {

    private VerdictKey() {
    }

    public static String of(VerdictInput v) {
        StringBuilder b = new StringBuilder().append(v.claimId().value()).append('\u001f').append(v.reviewer().value())
                .append('\u001f').append(v.rating().name()).append('\u001f');
        v.evidence().forEach(e -> b.append(e.value()).append(' '));
        b.append('\u001f').append(v.note().value());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first 64 bits of a key, for compact in-memory sets. */
    public static long shortHash(String key) {
        return Long.parseUnsignedLong(key.substring(0, 16), 16);
    }
}
