package nl.participatie.buurtschouw.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.Assessment;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CampaignCommand.RecordAssessment;
import nl.participatie.buurtschouw.CampaignCommand.RecordInspection;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.buurtschouw.ReportThreshold;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ExpectedFiles;
import nl.participatie.testkit.MutableClock;

/**
 * The quality scores of a walk per neighbourhood and theme, and beside the municipality's own inspection: as data, and
 * as Markdown in Dutch and English against reviewed files, with the residents' remarks escaped and an erased remark
 * shown as erased.
 */
class QualityAssessmentsTest {

    static final NeighbourhoodCode WEST = NeighbourhoodCode.parse("BU03633101");
    static final NeighbourhoodCode OOST = NeighbourhoodCode.parse("BU03633201");
    static final CategoryCode MOWING = CategoryCode.of("openbaar-groen-en-water", "maaien-snoeien");
    static final CategoryCode LITTER = CategoryCode.of("afval", "veeg-zwerfvuil");
    static final GeoPoint JAVAPLEIN = GeoPoint.of(52.3640, 4.9405);
    static final Actor ANNA = Actor.of("p-anna", BuurtschouwWorkflow.CORE_GROUP);
    static final Actor OFFICER = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);

    final MutableClock clock = MutableClock.startingMonday();
    final Buurtschouw schouw = Buurtschouw.builder().store(new InMemoryEventStore()).clock(clock).ids(IdGenerator.sequential("q"))
            .reportRules(ReportRules.defaults().withTarget(Theme.GREEN, QualityLevel.A)).build();

    /** Five scores in two neighbourhoods, a D on litter reported, and the municipality's inspection of January. */
    Campaign walked() {
        StreamId campaign = schouw.startCampaign(ANNA, new CampaignCommand.StartCampaign("Schouw Indische Buurt | *winter*",
                MunicipalityCode.parse("GM0363"))).orElseThrow().stream();
        for (CampaignCommand c : List.of(new CampaignCommand.JoinCoreGroup(nl.participatie.core.value.PersonId.of("p-bram")),
                new CampaignCommand.ChooseArea(List.of(WEST, OOST)), new CampaignCommand.PlanRoute(List.of(JAVAPLEIN, GeoPoint.of(52.3626, 4.9378))),
                new CampaignCommand.ChooseThemes(List.of(Theme.GREEN, Theme.LITTER)),
                new CampaignCommand.ScheduleWalk(List.of(LocalDate.of(2026, 1, 10)), Instant.parse("2026-01-17T22:59:00Z")),
                new CampaignCommand.SetReportThresholds(List.of(ReportThreshold.everyTheme(QualityLevel.C))), new CampaignCommand.StartWalk())) {
            schouw.campaigns().handle(campaign, ANNA, c).orElseThrow();
        }
        score(campaign, "p-chaima", WEST, MOWING, QualityLevel.C, "Gras te hoog <b>|</b> [hier](http://x.example)");
        score(campaign, "p-dirk", WEST, MOWING, QualityLevel.B, null);
        score(campaign, "p-eva", WEST, MOWING, QualityLevel.A, "Mooi gesnoeid");
        score(campaign, "p-farid", WEST, LITTER, QualityLevel.D, "Zakken naast de container");
        score(campaign, "p-gemma", OOST, MOWING, QualityLevel.B, null);
        schouw.campaigns().handle(campaign, OFFICER, new RecordInspection(WEST, Theme.GREEN, MOWING, QualityLevel.B, LocalDate.of(2026, 1, 5))).orElseThrow();
        schouw.campaigns().handle(campaign, OFFICER, new RecordInspection(WEST, Theme.LITTER, null, QualityLevel.B, LocalDate.of(2026, 1, 2))).orElseThrow();
        schouw.campaigns().handle(campaign, OFFICER, new RecordInspection(OOST, Theme.LITTER, null, QualityLevel.A, LocalDate.of(2026, 1, 2))).orElseThrow();
        return schouw.campaigns().load(campaign);
    }

    private void score(StreamId campaign, String person, NeighbourhoodCode where, CategoryCode element, QualityLevel level, String remark) {
        Buurtschouw.Assessed assessed = schouw.recordAssessment(Actor.of(person, BuurtschouwWorkflow.PARTICIPANT), campaign,
                new RecordAssessment(where, null, element, level, remark, JAVAPLEIN));
        assertThat(assessed.assessment().isAccepted()).isTrue();
    }

    /** The campaign as it reads once Eva is erased: her remark is gone. */
    static Campaign withEvaErased(Campaign c) {
        List<Assessment> assessments = new ArrayList<>();
        for (Assessment a : c.assessments()) {
            assessments.add(a.assessor().value().equals("p-eva") ? new Assessment(a.number(), a.assessor(), a.neighbourhood(), a.theme(),
                    a.element(), a.score(), Erasable.erased(a.assessor()), Erasable.erased(a.assessor()), a.reportBelow(), a.report(), a.at()) : a);
        }
        return new Campaign(c.step(), c.title(), c.municipality(), c.coreGroup(), c.area(), c.route(), c.themes(), c.walkDates(),
                c.entryClosesAt(), c.invited(), c.walkStartedAt(), c.entryClosedAt(), c.results(), c.ratings(), c.lessons(), c.closedAt(),
                c.cancelReason(), c.attended(), c.agreements(), c.thresholds(), assessments, c.inspections());
    }

    @Test
    void scoresArePutTogetherPerNeighbourhoodAndTheme() {
        List<QualityAssessments.ThemeInArea> rows = schouw.qualityAssessments(schouw.campaigns().newStream())
                .perAreaAndTheme();
        assertThat(rows).as("an empty campaign").isEmpty();
        rows = QualityAssessments.of(walked(), schouw.reportRules()::targetFor).perAreaAndTheme();
        assertThat(rows).extracting(r -> r.neighbourhood().value() + " " + r.theme().code())
                .containsExactly("BU03633101 green", "BU03633101 litter", "BU03633201 green");
        QualityAssessments.ThemeInArea westGreen = rows.get(0);
        assertThat(westGreen.scores().count()).isEqualTo(3);
        assertThat(westGreen.scores().meanPoints()).isCloseTo(3.0, within(1e-9));
        assertThat(westGreen.scores().average()).isEqualTo(QualityLevel.B);
        assertThat(westGreen.scores().count(QualityLevel.C)).isEqualTo(1);
        assertThat(westGreen.target()).isEqualTo(QualityLevel.A);
        assertThat(westGreen.meetingTarget()).isEqualTo(1);
        assertThat(westGreen.reported()).isZero();
        assertThat(westGreen.remarks()).hasSize(2);
        assertThat(rows.get(1).reported()).as("the D on litter fell below C").isEqualTo(1);
        assertThat(rows.get(1).target()).isEqualTo(QualityLevel.B);
    }

    @Test
    void residentsAreComparedWithTheInspectionWhereEitherScored() {
        List<QualityAssessments.Comparison> rows = QualityAssessments.of(walked()).comparison();
        assertThat(rows).extracting(r -> r.neighbourhood().value() + " " + r.theme().code())
                .containsExactly("BU03633101 green", "BU03633101 litter", "BU03633201 green", "BU03633201 litter");
        assertThat(rows.get(0).difference()).hasValueCloseTo(0.0, within(1e-9));
        assertThat(rows.get(1).difference()).as("residents see litter two levels worse").hasValueCloseTo(-2.0, within(1e-9));
        assertThat(rows.get(2).inspection()).isNull();
        assertThat(rows.get(2).difference()).isEmpty();
        assertThat(rows.get(3).residents()).isNull();
        assertThat(rows.get(3).inspection().average()).isEqualTo(QualityLevel.A);
    }

    @Test
    void theScoresInDutchAndEnglishMatchTheReviewedFiles() {
        QualityAssessments scores = QualityAssessments.of(withEvaErased(walked()), schouw.reportRules()::targetFor);
        String nl = scores.markdown(Locale.forLanguageTag("nl"));
        ExpectedFiles.EXPECTED.assertMatches("quality-assessments.nl.md", nl);
        ExpectedFiles.EXPECTED.assertMatches("quality-assessments.en.md", scores.markdown(Locale.ENGLISH));
        assertThat(nl).doesNotContain("<b>").doesNotContain("[hier](").doesNotContain("Mooi gesnoeid").contains("\\[gewist\\]");
    }

    @Test
    void theComparisonInDutchAndEnglishMatchesTheReviewedFiles() {
        QualityAssessments scores = QualityAssessments.of(walked(), schouw.reportRules()::targetFor);
        ExpectedFiles.EXPECTED.assertMatches("quality-comparison.nl.md", scores.comparisonMarkdown(Locale.forLanguageTag("nl")));
        ExpectedFiles.EXPECTED.assertMatches("quality-comparison.en.md", scores.comparisonMarkdown(Locale.ENGLISH));
    }

    @Test
    void aCampaignWithoutScoresSaysSo() {
        Campaign empty = Campaign.INITIAL;
        assertThat(QualityAssessments.of(empty).markdown(Locale.ENGLISH)).endsWith("There are no scores.\n");
        assertThat(QualityAssessments.of(empty).comparisonMarkdown(Locale.forLanguageTag("nl")))
                .endsWith("Er zijn geen beoordelingen en geen schouwen van de gemeente.\n");
    }
}
