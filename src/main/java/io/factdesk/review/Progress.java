package io.factdesk.review;

/**
 * How far the queue has come: "12 / 87 fully reviewed" and a bar. A claim is fully reviewed once it
 * has as many reviewers as the team's policy asks for, whether they agree (reviewed) or not (disputed).
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
