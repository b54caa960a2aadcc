package io.factdesk.review;

/**
 * How far the queue has come: "12 / 87 fully reviewed" and a bar. A claim is fully reviewed once it
 * has as many reviewers as the team's policy asks for, whether they agree (reviewed) or not (disputed),
 * and once an editor has published it; a claim an editor returned is open again until it is answered.
 */
record Progress(int done, int total) {

    private static final int WIDTH = 20;

    String text() {
        return done + " / " + total + " fully reviewed";
    }

    String bar() {
        int filled = total == 0 ? WIDTH : (int) Math.round((double) done * WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
