package nl.participatie.buurtschouw.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.QualityScore;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.buurtschouw.analysis.ReportAnalysis.Dimension;
import nl.participatie.core.value.NeighbourhoodCode;

/** Aggregation, response times, service levels and quality per theme. */
class ReportAnalysisTest {

    static final Instant T = Instant.parse("2026-01-31T22:30:00Z"); // 31 January 23:30 in Amsterdam
    static final CategoryCode BIN = CategoryCode.of("afval", "container-is-vol");
    static final CategoryCode TREE = CategoryCode.of("openbaar-groen-en-water", "boom");
    static final NeighbourhoodCode WEST = NeighbourhoodCode.parse("BU03633101");
    static final NeighbourhoodCode OOST = NeighbourhoodCode.parse("BU03633201");

    static ReportSummary report(String id, CategoryCode category, NeighbourhoodCode where, ReportStep step, Instant filed,
                                Duration firstResponse, Duration handled, Duration slo) {
        return new ReportSummary(id, ReportKind.PROBLEM, category, category == BIN ? Theme.LITTER : Theme.GREEN, step, where, 52.36, 4.94,
                filed, firstResponse == null ? null : filed.plus(firstResponse), handled == null ? null : filed.plus(handled),
                filed.plus(slo), null, null, 0);
    }

    static ReportSummary assessment(String id, Theme theme, QualityLevel observed, QualityLevel target) {
        return new ReportSummary(id, ReportKind.QUALITY_ASSESSMENT, TREE, theme, ReportStep.REPORTED, WEST, 52.36, 4.94, T, null, null,
                T.plus(Duration.ofDays(10)), new QualityScore(theme, observed, target), "buurtschouw.campaign/c", 0);
    }

    static List<ReportSummary> sample() {
        List<ReportSummary> out = new ArrayList<>();
        out.add(report("a", BIN, WEST, ReportStep.HANDLED, T, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3)));
        out.add(report("b", BIN, WEST, ReportStep.HANDLED, T, Duration.ofHours(2), Duration.ofDays(2), Duration.ofDays(3)));
        out.add(report("c", BIN, OOST, ReportStep.HANDLED, T.plus(Duration.ofHours(1)), Duration.ofHours(3), Duration.ofDays(5), Duration.ofDays(3)));
        out.add(report("d", TREE, OOST, ReportStep.HANDLED, T, Duration.ofHours(4), Duration.ofDays(10), Duration.ofDays(14)));
        out.add(report("e", TREE, null, ReportStep.IN_PROGRESS, T, Duration.ofHours(5), null, Duration.ofDays(14)));
        out.add(report("f", TREE, OOST, ReportStep.REPORTED, T, null, null, Duration.ofDays(1)));
        out.add(report("g", TREE, OOST, ReportStep.CANCELLED, T, Duration.ofHours(6), Duration.ofHours(6), Duration.ofDays(1)));
        return out;
    }

    @Test
    void countsPerDimension() {
        ReportAnalysis analysis = ReportAnalysis.of(sample());
        assertThat(analysis.countBy(Dimension.NEIGHBOURHOOD)).containsExactly(entry("-", 1L), entry("BU03633101", 2L), entry("BU03633201", 4L));
        assertThat(analysis.countBy(Dimension.DISTRICT)).containsExactly(entry("-", 1L), entry("WK036331", 2L), entry("WK036332", 4L));
        assertThat(analysis.countBy(Dimension.MAIN_CATEGORY)).containsExactly(entry("afval", 3L), entry("openbaar-groen-en-water", 4L));
        assertThat(analysis.countBy(Dimension.STATUS)).containsEntry("HANDLED", 4L).containsEntry("CANCELLED", 1L);
        assertThat(analysis.countBy(Dimension.KIND)).containsExactly(entry("PROBLEM", 7L));
        assertThat(analysis.countBy(Dimension.THEME)).containsExactly(entry("green", 4L), entry("litter", 3L));
        // Periods are in Amsterdam time: 23:30 on 31 January, and 00:30 on 1 February for report c.
        assertThat(analysis.countBy(Dimension.MONTH)).containsExactly(entry("2026-01", 6L), entry("2026-02", 1L));
        assertThat(analysis.countBy(Dimension.WEEK)).containsExactly(entry("2026-W05", 7L));
        assertThat(analysis.countBy(Dimension.CATEGORY, Dimension.NEIGHBOURHOOD)).containsExactly(
                entry(List.of("afval/container-is-vol", "BU03633101"), 2L), entry(List.of("afval/container-is-vol", "BU03633201"), 1L),
                entry(List.of("openbaar-groen-en-water/boom", "-"), 1L), entry(List.of("openbaar-groen-en-water/boom", "BU03633201"), 3L));
    }

    @Test
    void responseTimesAsMedianAndNinetiethPercentile() {
        ReportAnalysis analysis = ReportAnalysis.of(sample());
        // First responses: 1, 2, 3, 4, 5, 6 hours: nearest rank median is the 3rd, p90 the 6th.
        assertThat(analysis.firstResponseTimes()).isEqualTo(new ReportAnalysis.ResponseTimes(6, Duration.ofHours(3), Duration.ofHours(6)));
        // Handled (not cancelled): 1, 2, 5, 10 days.
        assertThat(analysis.handlingTimes()).isEqualTo(new ReportAnalysis.ResponseTimes(4, Duration.ofDays(2), Duration.ofDays(10)));
        assertThat(ReportAnalysis.of(List.of()).handlingTimes()).isEqualTo(new ReportAnalysis.ResponseTimes(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void shareHandledWithinTheServiceLevel() {
        ReportAnalysis.ServiceLevelShare share = ReportAnalysis.of(sample()).withinServiceLevel();
        assertThat(share).isEqualTo(new ReportAnalysis.ServiceLevelShare(4, 3));
        assertThat(share.share()).isEqualTo(0.75);
    }

    @Test
    void overdueReportsAreOpenAndPastTheirMoment() {
        assertThat(ReportAnalysis.of(sample()).overdue(T.plus(Duration.ofDays(2)))).extracting(ReportSummary::id).containsExactly("f");
        assertThat(ReportAnalysis.of(sample()).overdue(T.plus(Duration.ofDays(15)))).extracting(ReportSummary::id).containsExactly("f", "e");
    }

    @Test
    void qualityPerThemeAgainstTheTarget() {
        List<ReportSummary> reports = new ArrayList<>(sample());
        reports.add(assessment("q1", Theme.GREEN, QualityLevel.A, QualityLevel.B));
        reports.add(assessment("q2", Theme.GREEN, QualityLevel.C, QualityLevel.B));
        reports.add(assessment("q3", Theme.GREEN, QualityLevel.B, QualityLevel.B));
        reports.add(assessment("q4", Theme.LITTER, QualityLevel.D, QualityLevel.A));
        var quality = ReportAnalysis.of(reports).qualityPerTheme();
        assertThat(quality.keySet()).containsExactly(Theme.GREEN, Theme.LITTER);
        ReportAnalysis.QualityStats green = quality.get(Theme.GREEN);
        assertThat(green.assessments()).isEqualTo(3);
        assertThat(green.meetingTarget()).isEqualTo(2);
        assertThat(green.averagePoints()).isEqualTo(3.0);
        assertThat(green.averageLevel()).isEqualTo(QualityLevel.B);
        assertThat(green.levels()).containsEntry(QualityLevel.A, 1).containsEntry(QualityLevel.C, 1);
        assertThat(quality.get(Theme.LITTER).shareMeetingTarget()).isZero();
    }

    @Test
    void analysisOfASubset() {
        ReportAnalysis campaign = ReportAnalysis.of(sample()).where(r -> r.category().equals(BIN));
        assertThat(campaign.size()).isEqualTo(3);
        assertThat(campaign.countBy(Dimension.NEIGHBOURHOOD)).containsExactly(entry("BU03633101", 2L), entry("BU03633201", 1L));
    }
}
