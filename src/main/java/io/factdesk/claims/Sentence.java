package io.factdesk.claims;

/**
 * One sentence of a seed.
 *
 * @param start    offset of the first character in the seed's text
 * @param end      offset after the last character
 * @param text     the sentence with Markdown markup removed and spaces folded
 * @param line     the 1-based line the sentence starts on
 * @param wholeLine whether the sentence is the only one on its line (headings, captions, bylines)
 * @param heading  whether the line is marked up as a heading (Markdown '#', setext underline)
 * @param listItem whether the line is a bulleted or numbered list item
 * @param prompt   whether the line is an interviewer's prompt: a paragraph set wholly in bold or italics
 *                 that ends with a question, as interviews in Markdown set their questions
 */
public record Sentence(int start, int end, String text, int line, boolean wholeLine, boolean heading,
                       boolean listItem, boolean prompt) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
