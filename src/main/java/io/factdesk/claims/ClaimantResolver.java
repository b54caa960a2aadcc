package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who makes each claim. In order: a speaker named in the sentence itself
 * ("…, said deputy mayor Lars Evensen"); in an interview, the interviewee for every
 * sentence after the first question (the interviewee is the first titled person
 * introduced before it: "Mr. To Dung Thai, Chairman of VNPT's Board of Members, …", or
 * "Dr. Amara Silva has run …"); otherwise the article's byline, except for an interview's
 * answers, since an interview's byline is the interviewer; otherwise unknown.
 */
final class ClaimantResolver {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}";
    private static final Pattern SAID_AFTER = Pattern.compile(
            "\\b(?:said|says|told reporters|stated|confirmed)\\s+((?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?" + NAME + ")");
    private static final Pattern SAID_BEFORE = Pattern.compile("(" + NAME + ")(?:,[^,]{3,80},)?\\s+(?:said|says|stated|confirmed)\\b");
    private static final Pattern INSTITUTION_SAID = Pattern.compile(
            "\\b(?:the\\s+)?((?:city |town |county |state )?(?:council|ministry|government|department|transport department|police))"
                    + "\\s+(?:said|says|confirmed|announced)\\b|,\\s+the\\s+(council|ministry|government|department)\\s+(?:said|confirmed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String TITLED = "\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.\\s+(" + NAME + ")";
    /** A titled person with a role in apposition ("Mr. To Dung Thai, Chairman of VNPT's Board of Members, …"). */
    private static final Pattern INTERVIEWEE = Pattern.compile(TITLED + ",\\s+([^,]{3,90}?),");
    /** A titled person introduced without a role in apposition ("Dr. Amara Silva has run …"). */
    private static final Pattern TITLED_NAME = Pattern.compile(TITLED);

    List<String> resolve(List<Sentence> sentences, List<Assessment> assessments, String byline) {
        int firstPrompt = -1;
        String interviewee = null;
        String introduced = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (isPrompt(assessments.get(i))) {
                firstPrompt = i;
                break;
            }
            Matcher m = INTERVIEWEE.matcher(sentences.get(i).text());
            if (interviewee == null && m.find()) {
                interviewee = m.group(1) + ", " + m.group(2);
            }
            Matcher titled = TITLED_NAME.matcher(sentences.get(i).text());
            if (introduced == null && titled.find()) {
                introduced = titled.group(1);
            }
        }
        if (firstPrompt >= 0 && interviewee == null) {
            interviewee = introduced;
        }
        List<String> claimants = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String explicit = explicit(sentences.get(i).text());
            if (explicit != null) {
                claimants.add(explicit);
            } else if (interviewee != null && (firstPrompt < 0 ? i > 0 : i > firstPrompt || mentions(sentences, i))) {
                claimants.add(interviewee);
            } else if (firstPrompt >= 0 && i > firstPrompt) {
                // An interview's byline is the interviewer, who asks rather than answers.
                claimants.add(null);
            } else {
                claimants.add(byline);
            }
        }
        return claimants;
    }

    /** The standfirst of an interview ("He believes …") speaks for the interviewee too. */
    private static boolean mentions(List<Sentence> sentences, int i) {
        return sentences.get(i).text().matches("^(?:He|She|They)\\b.*");
    }

    static String explicit(String text) {
        Matcher after = SAID_AFTER.matcher(text);
        if (after.find()) {
            return after.group(1).replaceFirst("^the\\s+", "");
        }
        Matcher before = SAID_BEFORE.matcher(text);
        if (before.find()) {
            return before.group(1);
        }
        Matcher institution = INSTITUTION_SAID.matcher(text);
        if (institution.find()) {
            String who = institution.group(1) != null ? institution.group(1) : institution.group(2);
            return "the " + who.toLowerCase(java.util.Locale.ROOT);
        }
        Matcher interviewee = INTERVIEWEE.matcher(text);
        return interviewee.find() ? interviewee.group(1) + ", " + interviewee.group(2) : null;
    }

    private static boolean isPrompt(Assessment a) {
        return a.excluded() && a.reasons().contains("question or interview prompt");
    }
}
