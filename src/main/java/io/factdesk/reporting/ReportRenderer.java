package io.factdesk.reporting;

import java.io.PrintWriter;

/** Writes a report in one format. Everything from seeds, notes, names and URLs is encoded for that format. */
public interface ReportRenderer {

    void render(Report report, PrintWriter out);
}
