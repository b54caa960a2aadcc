package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.team.PolicySetting;

/** The environment's publishing settings override the team's; a bad one is blamed on the environment. */
class PublishingSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theEnvironmentOverridesTheStoredValuesOneByOne() {
        try (TestWorkbench wb = new TestWorkbench(dir)) {
            wb.policy.set(PolicySetting.PUBLISHER_NAME, "Stored Desk");
            wb.policy.set(PolicySetting.TIME_ZONE, "Asia/Ho_Chi_Minh");
            var settings = new PublishingSettings(new ReportSettings(null, null, "https://env.example.org/c", null, null), wb.policy);
            var p = settings.effective();
            assertThat(p.publisherName()).isEqualTo("Stored Desk");
            assertThat(p.reviewBaseUrl()).isEqualTo("https://env.example.org/c/");
            assertThat(p.timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
            assertThatThrownBy(() -> new PublishingSettings(new ReportSettings(null, null, null, null, "Mars/Base"), wb.policy)
                    .effective()).hasMessageStartingWith("FACTDESK_REPORT_* in the environment: time-zone 'Mars/Base' is not a time zone");
        }
    }
}
