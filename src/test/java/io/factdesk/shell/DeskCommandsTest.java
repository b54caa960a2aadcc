package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/** The editor's one-shot commands and the ClaimReview export's publishing rules, through the shell's dispatcher. */
class DeskCommandsTest extends ShellTestSupport {

    @Test
    void approveDecideReturnCorrectAsAUserTypesThem() {
        long id = firstPendingId();
        assertThat(run("verdict " + id + " true --evidence https://a.example.org/1 --note x --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("approve " + id + " --reviewer Lan")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).startsWith("error: claim " + id + ": its only verdict is Lan's own").doesNotContain("\tat ");
        assertThat(run("decide " + id + " false --note x --reviewer Hà")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).startsWith("error: claim " + id + " is reviewed (TRUE, 1 of 1 required); cannot decide it;"
                + " sign it off: approve " + id);
        assertThat(run("return " + id + " --reviewer Hà")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: return needs --note: what the reviewer should look at again");
        assertThat(run("approve " + id + " --note \"Checked\" --reviewer Hà")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("approved claim " + id + " as TRUE: published by Hà at ");
        assertThat(run("undo " + id + " --reviewer Lan")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).contains("is published; its rating changes only by an editor's public correction");
        assertThat(run("correct " + id + " half-true --note \"The figure was revised\" --reviewer Hà")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("corrected claim " + id + ": TRUE -> HALF_TRUE by Hà at ");
        assertThat(run("history " + id)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("TRUE by Lan", "APPROVED as TRUE by Hà", "CORRECTED TRUE -> HALF_TRUE by Hà",
                "correction: The figure was revised");
        assertThat(out.toString().indexOf("APPROVED")).isLessThan(out.toString().indexOf("CORRECTED"));
        assertThat(run("claims show " + id)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("(published)", "approved: TRUE by Hà at ", "; note: Checked",
                "corrected: TRUE -> HALF_TRUE by Hà at ");
        assertThat(run("claims list --status published")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).as("the rating in force, not the reviewer's").contains("published").contains("HALF_TRUE")
                .doesNotContain(" TRUE ");
        assertThat(run("claims count --status published")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("1");
    }

    @Test
    void withARosterOnlyEditorsSignOff() {
        long id = firstPendingId();
        assertThat(run("team add Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("team add Hà --role editor")).isEqualTo(ExitCode.OK);
        assertThat(run("verdict " + id + " true --evidence https://a.example.org/1 --note x --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("approve " + id + " --reviewer Lan")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString().strip()).startsWith("error: Lan is on the team as reviewer; only an editor may approve");
        assertThat(run("approve " + id + " --reviewer ha")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: unknown reviewer 'ha'; did you mean 'Hà'?");
        assertThat(run("approve " + id + " --reviewer Hà")).isEqualTo(ExitCode.OK);
    }

    @Test
    void claimReviewNeedsThePublisherAndHoldsOnlyPublishedClaims() {
        long id = firstPendingId();
        assertThat(run("export --format claimreview --out -")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: a ClaimReview export names its publisher; not set:"
                + " publisher-name (FACTDESK_REPORT_PUBLISHER_NAME), publisher-url (FACTDESK_REPORT_PUBLISHER_URL),"
                + " review-base-url (FACTDESK_REPORT_REVIEW_BASE_URL); set them with 'policy set SETTING VALUE' or in the environment");
        assertThat(run("policy set publisher-name \"Kiểm Chứng\"")).isEqualTo(ExitCode.OK);
        assertThat(run("policy set publisher-url https://checks.example.vn/")).isEqualTo(ExitCode.OK);
        assertThat(run("policy set review-base-url javascript:alert(1)")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("policy set review-base-url https://checks.example.vn/review")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).as("a slash before claim-ID").isEqualTo("review-base-url https://checks.example.vn/review/");
        assertThat(run("policy set time-zone Mars/Olympus")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not a time zone");
        assertThat(run("policy show")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("publisher-name Kiểm Chứng", "review-base-url https://checks.example.vn/review/");

        assertThat(run("verdict " + id + " false --evidence https://a.example.org/1 --note x --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("export --format claimreview --out -")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).as("judged but not published").isEqualTo("[]");
        assertThat(run("approve " + id + " --reviewer Hà")).isEqualTo(ExitCode.OK);
        assertThat(run("export --format claimreview --out -")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"name\" : \"Kiểm Chứng\"", "\"url\" : \"https://checks.example.vn/review/claim-" + id + "\"",
                "\"dateModified\"");
        assertThat(run("export --format csv --out - --status awaiting-signoff")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).as("the header only").hasSize(1);
        assertThat(run("export --format csv --out - --status published")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void aReturnShowsInTheReportsWithWhomItWentToAndWhetherItIsAnswered() {
        long id = firstPendingId();
        assertThat(run("verdict " + id + " false --evidence https://a.example.org/1 --note x --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("return " + id + " --note \"Find the 2024 figure\" --reviewer Hà")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("returned claim " + id + " to Lan");
        assertThat(run("export --format markdown --out -")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Returned to Lan by Hà on ").contains("Find the 2024 figure \\(waiting for their verdict\\)")
                .contains("— returned");
        assertThat(run("verdict " + id + " half-true --evidence https://b.example.org/1 --note y --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("export --format markdown --out -")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Find the 2024 figure \\(answered\\)");
    }
}
