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
    private final SentenceClassifier model;

    EvaluateCommand(CheckWorthinessEvaluation evaluation, SentenceClassifier model) {
        this.evaluation = evaluation;
        this.model = model;
    }

    /** The JSON shape: the counts, and precision, recall and F1 of the check-worthy class. */
    record Figures(String file, String scorer, int sentences, double threshold, int truePositives, int falsePositives,
                   int falseNegatives, int trueNegatives, double precision, double recall, double f1) {
    }

    @Command(name = "claims evaluate", group = "Claims", description = "Measure check-worthiness (rules or model) on a labelled file",
            help = """
                    claims evaluate FILE.tsv [--model] [--format text|json]
                      FILE is tab-separated with a header line, then one sentence per line: id, text, Yes or No
                      (the CheckThat! format). Each sentence is scored on its own at the queue's threshold
                      (FACTDESK_THRESHOLD) and counted against its label. Prints precision, recall and F1 of the
                      check-worthy class with the counts they come from.
                      --model scores with the learned model (sentence embedding and the rules' signals) at the
                      model's own threshold instead; it loads the local sentence encoder, on the CPU.
                    Example: claims evaluate ../shared/data/checkworthiness/CT24_checkworthy_english_dev.tsv""")
    public void evaluate(CommandContext ctx, @Argument(index = 0, description = "labelled TSV file") String file,
                         @Option(longName = "model", description = "score with the learned model, not the rules")
                         boolean useModel,
                         @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("claims evaluate needs a labelled TSV file");
        }
        CheckWorthinessEvaluation.Result r = useModel ? evaluation.evaluate(Path.of(file), model)
                : evaluation.evaluate(Path.of(file));
        String scorer = useModel ? "model" : "rules";
        if (fmt == OutputFormat.JSON) {
            ctx.outputWriter().println(Json.write(new Figures(r.file(), scorer, r.sentences(), r.threshold(),
                    r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives(), round(r.precision()), round(r.recall()),
                    round(r.f1()))));
            return;
        }
        ctx.outputWriter().println(String.format(Locale.ROOT,
                "%s: %d sentences, %s at threshold %.2f: precision %.3f, recall %.3f, F1 %.3f (check-worthy: %d found, %d"
                        + " wrongly queued, %d missed; %d rightly left out)",
                r.file(), r.sentences(), scorer, r.threshold(), r.precision(), r.recall(), r.f1(),
                r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
