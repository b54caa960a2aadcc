package io.factdesk.claims;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;

/** 'claims evaluate': the queue's rules, or the learned model, measured against a labelled file. */
@Component
class EvaluateCommand {

    private final CheckWorthinessEvaluation evaluation;

    EvaluateCommand(CheckWorthinessEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** The JSON shape: the counts, and precision, recall and F1 of the check-worthy class. */
    record Figures(String file, String scorer, int sentences, double threshold, Double queueThreshold,
                   int truePositives, int falsePositives,
                   int falseNegatives, int trueNegatives, double precision, double recall, double f1) {
    }

    @Command(name = "claims evaluate", group = "Claims", description = "Measure check-worthiness (rules or model) on a labelled file",
            help = """
                    claims evaluate FILE.tsv [--scorer queue|rules|model] [--format text|json]
                      FILE is tab-separated with a header line, then one sentence per line: id, text, Yes or No
                      (the CheckThat! format). Each sentence is scored on its own, as in an article's body, and
                      counted against its label. Prints precision, recall and F1 of the check-worthy class with
                      the counts they come from.
                      --scorer queue (default): as the queue decides, the rules at FACTDESK_THRESHOLD with the
                      learned model adding sentences at its queue threshold; rules: the rules alone; model: the
                      learned model alone at its own threshold. queue and model load the local sentence encoder
                      (on the CPU, offline).
                    Example: claims evaluate ../shared/data/checkworthiness/CT24_checkworthy_english_dev.tsv""")
    public void evaluate(CommandContext ctx, @Argument(index = 0, description = "labelled TSV file") String file,
                         @Option(longName = "scorer", description = "queue (default), rules or model") String scorerName,
                         @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("claims evaluate needs a labelled TSV file");
        }
        Scorer chosen = Scorer.parse(scorerName);
        CheckWorthinessEvaluation.Result r = evaluation.evaluate(Path.of(file), chosen);
        String scorer = chosen.label();
        if (fmt == OutputFormat.JSON) {
            Double queue = chosen == Scorer.QUEUE ? evaluation.queueThreshold() : null;
            ctx.outputWriter().println(Json.write(new Figures(r.file(), scorer, r.sentences(), r.threshold(), queue,
                    r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives(), round(r.precision()), round(r.recall()),
                    round(r.f1()))));
            return;
        }
        ctx.outputWriter().println(String.format(Locale.ROOT,
                "%s: %d %s, %s: precision %.3f, recall %.3f, F1 %.3f (check-worthy: %d found, %d"
                        + " wrongly queued, %d missed; %d rightly left out)",
                r.file(), r.sentences(), r.sentences() == 1 ? "sentence" : "sentences", describe(chosen, r.threshold()), r.precision(), r.recall(), r.f1(),
                r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives()));
    }

    private String describe(Scorer scorer, double threshold) {
        return scorer == Scorer.QUEUE
                ? String.format(Locale.ROOT, "queue (rules at %.2f, model adding at %.2f)", threshold, evaluation.queueThreshold())
                : String.format(Locale.ROOT, "%s at threshold %.2f", scorer.label(), threshold);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
