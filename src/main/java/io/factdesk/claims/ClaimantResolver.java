package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * Two to four capitalised words, starting where a word starts. Letter runs are possessive: what follows a
     * name is never a letter, so giving letters back never helps, and a long capitalised run costs no backtracking.
     */
    private static final String NAME = "(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]++(?:\\s+\\p{Lu}[\\p{L}'’-]++){1,3}";
    private static final Pattern SAID_AFTER = Pattern.compile(
            "\\b(?:said|says|told reporters|stated|confirmed)\\s+((?:the\\s+)?(?:[\\p{Ll}-]++\\s+){0,3}?" + NAME + ")");
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
    /** Capitalised words that open a sentence or a phrase but are no part of a name ("Yesterday Tran Van Ba said"). */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With",
            "Of", "To", "And", "But", "Or", "So", "As", "If", "When", "While", "After", "Before", "Since", "Then",
            "Now", "Yesterday", "Today", "Tomorrow", "Meanwhile", "However", "Also", "Still", "Last", "This", "That",
            "These", "Those", "Here", "There", "According", "Speaking", "Asked", "Earlier", "Later");
    /**
     * The first word of a role in apposition, when it is not capitalised ("deputy mayor of Oslo", "the head of …").
     * Anything else in lower case opens a clause ("Mr. To Lam, signed this resolution, …"), which is no role.
     */
    private static final Set<String> ROLE_OPENINGS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "deputy", "vice", "chief", "head", "former", "senior", "acting", "managing", "executive", "general",
            "founder", "co-founder", "owner", "member", "chairman", "chairwoman", "chair", "president", "director",
            "minister", "mayor", "governor", "secretary", "spokesperson", "spokesman", "spokeswoman", "professor",
            "lecturer", "researcher", "scientist", "economist", "analyst", "engineer", "doctor", "lawyer", "editor",
            "adviser", "advisor", "expert", "manager", "officer", "leader", "representative", "ambassador",
            "commissioner", "councillor", "councilor", "dean", "rector", "principal", "teacher", "farmer", "resident",
            "partner", "correspondent", "reporter", "author", "consultant", "coordinator", "inspector", "judge",
            "chairperson", "ceo", "cfo", "cto");

    List<String> resolve(List<Sentence> sentences, List<Assessment> assessments, String byline) {
        int firstPrompt = -1;
        String interviewee = null;
        String introduced = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (isPrompt(assessments.get(i))) {
                firstPrompt = i;
                break;
            }
            if (interviewee == null) {
                interviewee = withRole(sentences.get(i).text(), false);
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
        while (before.find()) {
            String name = withoutLeadingWords(before.group(1));
            if (name != null) {
                return name;
            }
        }
        Matcher institution = INSTITUTION_SAID.matcher(text);
        if (institution.find()) {
            String who = institution.group(1) != null ? institution.group(1) : institution.group(2);
            return "the " + who.toLowerCase(java.util.Locale.ROOT);
        }
        // "Mr. X, Chairman of Y, evaluates …": the person the sentence opens with speaks. Someone named further on
        // ("… the General Secretary, Mr. To Lam, signed this resolution") is only mentioned.
        return withRole(text, true);
    }

    /**
     * The first titled person with a role in apposition, as "name, role"; a clause in the commas is no role.
     *
     * @param atStart only a person the text opens with (after any opening quote or bracket)
     */
    private static String withRole(String text, boolean atStart) {
        Matcher m = INTERVIEWEE.matcher(text);
        if (atStart) {
            int from = 0;
            while (from < text.length() && !Character.isLetter(text.charAt(from))) {
                from++;
            }
            m.region(from, text.length());
            return m.lookingAt() && isRole(m.group(2)) ? m.group(1) + ", " + m.group(2) : null;
        }
        while (m.find()) {
            if (isRole(m.group(2))) {
                return m.group(1) + ", " + m.group(2);
            }
        }
        return null;
    }

    private static boolean isRole(String words) {
        String first = words.strip().split("\\s+", 2)[0];
        return !first.isEmpty() && (Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0))
                || ROLE_OPENINGS.contains(first.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The name without capitalised words that are no part of one ("Yesterday", "The"); null when one word is left. */
    private static String withoutLeadingWords(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_NAMES.contains(words[first])) {
            first++;
        }
        if (first == 0) {
            return name;
        }
        return words.length - first >= 2 ? String.join(" ", java.util.Arrays.asList(words).subList(first, words.length)) : null;
    }

    private static boolean isPrompt(Assessment a) {
        return a.excluded() && a.reasons().contains("question or interview prompt");
    }
}
