package io.factdesk.importing;

import io.factdesk.verdicts.VerdictInput;

/** A validated row: the verdict it carries and the line it started on. */
record ImportRow(int line, VerdictInput verdict) {
}
