package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.buurtschouw.ReportEvent.*;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Workflow;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.Spec;

/** What must hold for every report: JSON round trips of events and states, and replay of any history. */
class ReportPropertiesTest {

    static final ParticipatieJson JSON = ParticipatieJson.defaults();
    static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Property(tries = 300)
    void everyReportEventRoundTripsThroughJson(@ForAll("reportEvents") ReportEvent event) {
        String text = JSON.write(event);
        assertThat(JSON.read(text, ReportEvent.class)).isEqualTo(event);
        assertThat(JSON.fromJson(JSON.typeId(event), text)).isEqualTo(event);
    }

    @Property(tries = 100)
    void everyReportStateRoundTripsThroughJson(@ForAll("histories") List<ReportEvent> events) {
        Report state = BuurtschouwWorkflow.REPORTS.decider().fold(Report.INITIAL, events);
        assertThat(JSON.read(JSON.write(state), Report.class)).isEqualTo(state);
    }

    @Property(tries = 60)
    void replayingAnyHistoryGivesTheSameStateAndAStoredHistoryStillVerifies(@ForAll("walks") List<Integer> choices) {
        Spec<ReportCommand, ReportEvent, Report> spec = Spec.of(BuurtschouwWorkflow.REPORTS);
        List<Workflow.Rule<ReportStep>> rules = BuurtschouwWorkflow.REPORTS.workflow().rules();
        for (int choice : choices) {
            ReportStep step = spec.state().step();
            List<Workflow.Rule<ReportStep>> possible = rules.stream().filter(r -> r.from().contains(step)).toList();
            Workflow.Rule<ReportStep> rule = possible.get(choice % possible.size());
            Role role = rule.roles().iterator().next();
            Actor actor = role.equals(Role.SYSTEM) ? Actor.SYSTEM
                    : Actor.of(role.equals(BuurtschouwWorkflow.REPORTER) && rule.command() != ReportCommand.SupportIdea.class
                    ? Fixtures.ANNA : PersonId.of("p-" + choice), role);
            spec.after(Duration.ofDays(choice % 16));
            spec.when(actor, ReportTransitionMatrixTest.sample(rule.command()));
        }
        List<RecordedEvent<ReportEvent>> history = spec.engine().history(spec.stream());
        Report replayed = BuurtschouwWorkflow.REPORTS.decider().fold(Report.INITIAL, history.stream().map(RecordedEvent::event).toList());
        assertThat(replayed).isEqualTo(spec.state());
        List<RecordedEvent<?>> stored = new ArrayList<>();
        for (RecordedEvent<ReportEvent> r : history) {
            stored.add(JSON.readRecordedEvent(JSON.write(r)));
        }
        assertThat(stored).isEqualTo(history);
        assertThat(spec.engine().auditTrail().verify(stored).valid()).isTrue();
    }

    @Provide
    Arbitrary<List<ReportEvent>> histories() {
        return reportEvents().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> walks() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<ReportEvent> reportEvents() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0020', '\u024f').withChars("\"\\<>&'\n\t😀").ofMaxLength(60);
        Arbitrary<LocalizedText> message = Combinators.combine(text, text).as(LocalizedText::of);
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 10L * 365 * 86400).map(s -> T.plusSeconds(s).plusNanos(s % 1000 * 1000));
        Arbitrary<GeoPoint> point = Combinators.combine(Arbitraries.doubles().between(50.7, 53.6), Arbitraries.doubles().between(3.3, 7.2))
                .as(GeoPoint::of);
        Arbitrary<CategoryCode> category = Arbitraries.of(CategoryTree.defaults().subCategories()).map(CategoryTree.SubCategory::code);
        Arbitrary<Theme> theme = Arbitraries.of(Theme.GREEN, Theme.LITTER, Theme.of("speelplekken"), Theme.OTHER);
        Arbitrary<PersonId> person = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(PersonId::of);
        Arbitrary<NeighbourhoodCode> buurt = Arbitraries.integers().between(0, 99).map(i -> NeighbourhoodCode.parse(String.format("BU036331%02d", i)));
        Arbitrary<List<URI>> photos = Arbitraries.integers().between(0, 999).map(i -> URI.create("https://foto.example/" + i + ".jpg"))
                .list().ofMaxSize(3);
        Arbitrary<QualityScore> quality = Combinators.combine(theme, Arbitraries.of(QualityLevel.class), Arbitraries.of(QualityLevel.class))
                .as(QualityScore::new);
        Arbitrary<ReportEvent> filed = Combinators.combine(Arbitraries.of(ReportKind.class), category, theme, text, point,
                text.injectNull(0.5), buurt.injectNull(0.3), photos).as((k, c, th, d, p, a, b, ph) ->
                        new ReportFiled(k, c, th, Erasable.of(null, d), Erasable.of(null, p), Erasable.ofNullable(null, a),
                                Erasable.of(null, Postcode.parse("1094 HA")), b, ph.stream().map(u -> Erasable.of(null, u)).toList(),
                                null, null, null, T, T.plusSeconds(86400)));
        Arbitrary<ReportEvent> filedBySomeone = Combinators.combine(person, quality, at).as((who, q, when) ->
                new ReportFiled(ReportKind.QUALITY_ASSESSMENT, CategoryCode.of("afval", "grofvuil"), q.theme(), Erasable.of(who, ""),
                        Erasable.of(who, GeoPoint.of(52.36, 4.94)), null, null, null, List.of(), who, StreamLink.of("part-of", StreamId.of("buurtschouw.campaign", "c-1")), q, when,
                        when.plusSeconds(3600)));
        Arbitrary<ReportStep> plain = Arbitraries.of(ReportStep.REPORTED, ReportStep.AWAITING_HANDLING, ReportStep.IN_PROGRESS,
                ReportStep.SENT, ReportStep.SEND_FAILED, ReportStep.DONE_EXTERNAL, ReportStep.CLOSURE_REQUESTED);
        Arbitrary<ReportEvent> changed = Combinators.combine(plain, message.injectNull(0.4), text.injectNull(0.5), at).as(StatusChanged::new);
        Arbitrary<ReportEvent> scheduled = Combinators.combine(Arbitraries.integers().between(0, 400), message, at)
                .as((d, m, a) -> new ReportScheduled(LocalDate.of(2026, 1, 1).plusDays(d), m, a));
        Arbitrary<ReportEvent> forwarded = Combinators.combine(Arbitraries.of(ReportStep.READY_TO_SEND, ReportStep.FORWARDED_TO_EXTERNAL),
                text, message.injectNull(0.5), at).as(ReportForwarded::new);
        Arbitrary<ReportEvent> asked = Combinators.combine(message, at).as((m, a) -> new ReactionRequested(m, a.plus(Duration.ofDays(5)), a));
        Arbitrary<ReportEvent> reacted = Combinators.combine(text, photos, Arbitraries.of(true, false), at)
                .as((t, ph, ext, when) -> new ReactionReceived(Erasable.of(null, t), ph.stream().map(u -> Erasable.of(null, u)).toList(),
                        ext, when));
        Arbitrary<ReportEvent> expired = at.map(ReactionRequestExpired::new);
        Arbitrary<ReportEvent> handled = Combinators.combine(message, at, at.injectNull(0.3)).as(ReportHandled::new);
        Arbitrary<ReportEvent> cancelled = Combinators.combine(message, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).injectNull(0.5), at)
                .as((m, id, a) -> new ReportCancelled(m, id == null ? null : StreamLink.of("duplicate-of", StreamId.of("buurtschouw.report", id)), a));
        Arbitrary<ReportEvent> reopened = Combinators.combine(message, at).as(ReportReopened::new);
        Arbitrary<ReportEvent> answered = Combinators.combine(Arbitraries.of(true, false), text, at)
                .as((yes, t, when) -> new SatisfactionAnswered(yes, null, Erasable.of(null, t), !yes, when));
        Arbitrary<ReportEvent> surveyClosed = at.map(SatisfactionSurveyClosed::new);
        Arbitrary<ReportEvent> supported = Combinators.combine(person, Arbitraries.of(HelpOffer.class).list().ofMaxSize(4),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(HouseholdRef::of).injectNull(0.4), at)
                .as(IdeaSupported::new);
        return Arbitraries.oneOf(filed, filedBySomeone, changed, scheduled, forwarded, asked, reacted, expired, handled, cancelled,
                reopened, answered, surveyClosed, supported);
    }
}
