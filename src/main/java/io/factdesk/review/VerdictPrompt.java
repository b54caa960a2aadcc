package io.factdesk.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.LineReader;

import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;

/**
 * Asks for a verdict's evidence URLs and note, line by line, until each is acceptable: a rated verdict needs one
 * URL at least, a URL the rules refuse is asked for again with the reason, and an empty line ends the list.
 */
final class VerdictPrompt {

    record Answer(List<EvidenceUrl> evidence, Note note) {
    }

    private VerdictPrompt() {
    }

    static Answer ask(LineReader reader, Rating rating, PrintWriter out) {
        List<EvidenceUrl> evidence = new ArrayList<>();
        while (true) {
            String prompt = "Evidence URL " + (evidence.size() + 1)
                    + (rating.isRated() && evidence.isEmpty() ? " (required): " : " (empty line to finish): ");
            String line = reader.readLine(prompt).strip();
            if (line.isEmpty()) {
                if (rating.isRated() && evidence.isEmpty()) {
                    out.println("  a " + rating.name() + " verdict needs at least one evidence URL");
                    continue;
                }
                break;
            }
            String problem = EvidenceUrl.problem(line);
            if (problem != null) {
                out.println("  not accepted: that URL " + problem + "; try again");
                continue;
            }
            evidence.add(new EvidenceUrl(line));
        }
        while (true) {
            try {
                return new Answer(evidence, new Note(reader.readLine("Note (why this verdict): ")));
            } catch (FactdeskException e) {
                out.println("  not accepted: " + e.getMessage());
            }
        }
    }
}
