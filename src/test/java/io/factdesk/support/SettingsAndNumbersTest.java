package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;

/** Bad settings and numeric option values: one line that names the setting or option and the value, exit 2. */
class SettingsAndNumbersTest {

    /**
     * How Spring fails to bind one setting's text to its type. (The settings record as a whole is bound through
     * its constructor's parameter names, which a Binder in this test JVM no longer finds once the fuzz tests have
     * run; so the record's own checks are called directly below, and the adversarial cases run the whole start.)
     */
    private static Failure bindingFailure(String property, String value, Class<?> type) {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(property, value)));
        Throwable thrown = catchThrowable(() -> binder.bind(property, Bindable.of(type)));
        assertThat(thrown).as("binding %s=%s", property, value).isNotNull();
        return ErrorReporter.describe(thrown);
    }

    @Test
    void aThresholdThatIsNotANumberNamesTheSettingAndTheValue() {
        Failure failure = bindingFailure("factdesk.threshold", "abc", double.class);
        assertThat(failure.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failure.message()).isEqualTo("FACTDESK_THRESHOLD (factdesk.threshold) must be a number, got 'abc'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "-1", "2", "Infinity", "-Infinity", "1e400"})
    void aThresholdOutsideZeroToOneIsRefused(String value) {
        double threshold = Double.parseDouble(value);
        Throwable thrown = catchThrowable(() -> new FactdeskSettings("x.db", Path.of("seeds"), null, threshold, true));
        Failure failure = ErrorReporter.describe(new IllegalStateException("binding failed", thrown));
        assertThat(failure.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failure.message()).isEqualTo("FACTDESK_THRESHOLD (factdesk.threshold) must be a number from 0 to 1, got '"
                + threshold + "'");
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalse() {
        Failure failure = bindingFailure("factdesk.ingest-on-start", "maybe", boolean.class);
        assertThat(failure.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failure.message()).isEqualTo("FACTDESK_INGESTONSTART (factdesk.ingest-on-start) must be true or false, got 'maybe'");
        assertThatThrownBy(() -> FactdeskSettings.flag("factdesk.timing", "yes"))
                .hasMessage("FACTDESK_TIMING (factdesk.timing) must be true or false, got 'yes'");
        assertThat(FactdeskSettings.flag("factdesk.timing", " TRUE ")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "1e400", "0x1p-2", "0.5d", "1f", "abc", "½", "٠.٥"})
    void everyDecimalOptionRefusesWhatIsNotAPlainFiniteNumber(String value) {
        assertThatThrownBy(() -> OptionValues.decimal("--min-score", value))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("--min-score must be a number, got '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1.5", "1e3", "99999999999", "٣", "0x10"})
    void everyWholeNumberOptionRefusesWhatIsNotAPlainInteger(String value) {
        assertThatThrownBy(() -> OptionValues.wholeNumber("--limit", value, 10))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("--limit must be a whole number, got '" + value + "'");
    }

    @Test
    void plainNumbersAreRead() {
        assertThat(OptionValues.decimal("--min-score", " 0.5 ")).isEqualTo(0.5);
        assertThat(OptionValues.decimal("--min-score", ".25")).isEqualTo(0.25);
        assertThat(OptionValues.decimal("--min-score", "1e-1")).isEqualTo(0.1);
        assertThat(OptionValues.wholeNumber("--limit", "+7", 10)).isEqualTo(7);
        assertThat(OptionValues.wholeNumber("--limit", null, 10)).isEqualTo(10);
    }

    @Test
    void aMinimumScoreOfNaNIsRefusedByTheQueryToo() {
        assertThatThrownBy(() -> new ClaimQuery(StatusFilter.ALL, null, null, Double.NaN, null, 10, 0))
                .hasMessageContaining("--min-score must be between 0 and 1");
    }
}
