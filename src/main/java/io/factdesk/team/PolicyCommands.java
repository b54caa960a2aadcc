package io.factdesk.team;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;

@Component
class PolicyCommands {

    private final PolicyService service;

    PolicyCommands(PolicyService service) {
        this.service = service;
    }

    @Command(name = "policy show", group = "Team", description = "Show the team's review policy and publishing settings",
            help = """
                    policy show [--format text|json]
                      reviews-required: how many people's verdicts each claim needs (fewer: needs review;
                      that many agreeing: reviewed; differing: disputed). blind: reviewers see no one else's
                      verdict on a claim until theirs is saved. lease-minutes: how long a claim on someone's
                      review screen is kept from the others (a review reads it when it starts). self-approval: whether an editor may sign off a
                      claim whose only verdict is their own. The publishing settings name the publisher of the
                      ClaimReview export and the report's title and time zone; FACTDESK_REPORT_* variables
                      override them.""")
    public void show(CommandContext ctx, @Option(longName = "format", description = "text (default) or json") String format) {
        render(ctx.outputWriter(), service.current(), OutputFormat.parse(format));
    }

    @Command(name = "policy set", group = "Team", description = "Change the team's review policy or a publishing setting",
            help = """
                    policy set SETTING VALUE
                      reviews-required N      each claim needs N people's verdicts (default 1)
                      blind on|off            hide other reviewers' verdicts until mine is saved (default off)
                      lease-minutes M         how long a claim on a review screen is kept from others (default 15)
                      self-approval on|off    an editor may sign off their own only verdict (default off)
                      publisher-name TEXT     who publishes the checks (ClaimReview's author and publisher)
                      publisher-url URL       the publisher's home page
                      review-base-url URL     each claim's review URL is this plus claim-ID
                      report-title TEXT       the title of the HTML and Markdown reports
                      time-zone ZONE          the newsroom's time zone for report times (default: the system's)
                      A text setting given "" is cleared.
                    Example: policy set reviews-required 2
                    Example: policy set publisher-name "Báo Tuổi Trẻ Fact Check"
                    """)
    public void set(CommandContext ctx, @Argument(index = 0, description = "setting") String setting,
                    @Argument(index = 1, description = "value") String value) {
        PolicySetting which = PolicySetting.parse(setting);
        ReviewPolicy changed = service.set(which, value);
        // only the line that changed: the whole policy is 'policy show'
        ctx.outputWriter().println(which.label() + " " + shown(which, changed));
    }

    private static void render(PrintWriter out, ReviewPolicy p, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            out.println(Json.write(p));
            return;
        }
        for (PolicySetting setting : PolicySetting.values()) {
            out.println(setting.label() + " " + shown(setting, p));
        }
    }

    /** A setting's value as 'policy show' prints it. */
    private static String shown(PolicySetting setting, ReviewPolicy p) {
        Publishing pub = p.publishing();
        return switch (setting) {
            case REVIEWS_REQUIRED -> Integer.toString(p.reviewsRequired());
            case BLIND -> p.blind() ? "on" : "off";
            case LEASE_MINUTES -> Integer.toString(p.leaseMinutes());
            case SELF_APPROVAL -> p.selfApproval() ? "on" : "off";
            case PUBLISHER_NAME -> text(pub.publisherName(), "(not set)");
            case PUBLISHER_URL -> text(pub.publisherUrl(), "(not set)");
            case REVIEW_BASE_URL -> text(pub.reviewBaseUrl(), "(not set)");
            case REPORT_TITLE -> text(pub.reportTitle(), "(not set: \"Verification report\")");
            case TIME_ZONE -> text(pub.timeZone(), "(not set: the system's, " + java.time.ZoneId.systemDefault().getId() + ")");
        };
    }

    private static String text(String value, String unset) {
        return value == null ? unset : io.factdesk.support.TerminalText.safe(value);
    }
}
