package io.factdesk.review;

/** How far the queue has come: "12 / 87 reviewed" and a bar. */
record Progress(int reviewed, int total) {

    private static final int WIDTH = 20;

    String text() {
        return reviewed + " / " + total + " reviewed";
    }

    String bar() {
        int filled = total == 0 ? WIDTH : (int) Math.round((double) reviewed * WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
