package io.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factdesk.verdicts.Rating;

class AgreementTextRendererTest {

    private static String render(List<Judgement> js, String scope) {
        StringWriter out = new StringWriter();
        AgreementTextRenderer.render(AgreementCalculator.compute(js, null), scope, new PrintWriter(out, true));
        return out.toString();
    }

    /** A name stored before the name rules (or a seed name) may hold control characters: shown, never sent. */
    @Test
    void namesAndScopeAreShownWithControlCharactersEscaped() {
        List<Judgement> js = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            js.add(new Judgement(i, "Eve\u001b[31m", Rating.TRUE));
            js.add(new Judgement(i, "Lan\u0007", i == 0 ? Rating.FALSE : Rating.TRUE));
        }
        String text = render(js, "seed x\u001b]0;title\u0007.md");
        assertThat(text).doesNotContain("\u001b", "\u0007").contains("Eve\\e[31m – Lan\\x07", "seed x\\e]0;title\\x07.md");
        assertThat(text).contains("! too few items (3) for Cohen's kappa to mean anything");
    }

    @Test
    void withoutTwoReviewersOnAClaimItSaysSoAndShowsNoFigures() {
        String text = render(List.of(new Judgement(1, "Lan", Rating.TRUE)), "every claim with current verdicts");
        assertThat(text).contains("No claim has current verdicts from two or more reviewers")
                .doesNotContain("Percent agreement", "kappa");
    }
}
