package io.factdesk.seeds;

import java.util.List;

/**
 * An article read from the seeds folder.
 *
 * @param name        path relative to the seeds folder, with '/' separators
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param text        decoded UTF-8, BOM removed, line ends normalised to '\n'
 * @param warnings    problems met while reading (e.g. invalid UTF-8 that was replaced)
 */
public record SeedFile(String name, String contentHash, String text, List<String> warnings) {

    public SeedFile {
        warnings = List.copyOf(warnings);
    }
}
