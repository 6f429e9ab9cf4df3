package nl.participatie.buurtschouw;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.buurtschouw.CampaignCommand.LinkAssessmentReport;
import nl.participatie.buurtschouw.CampaignCommand.RecordAssessment;
import nl.participatie.buurtschouw.CampaignCommand.StartCampaign;
import nl.participatie.buurtschouw.CampaignEvent.QualityAssessed;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.analysis.QualityAssessments;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.buurtschouw.open311.Open311Mapping;
import nl.participatie.buurtschouw.signalen.SignalenImport;
import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.StreamId;

/**
 * The Digitale Buurtschouw as one entry point (<i>buurtschouw</i>): an engine for campaigns and one for reports on one
 * event store, with the municipality's rules. It starts campaigns and files reports in new streams, lets the reports
 * read the campaigns (a report needs an open campaign), records quality scores on a campaign (filing a report for a
 * score below the campaign's threshold), and fires due deadlines over any streams.
 *
 * <pre>{@code
 * Buurtschouw schouw = Buurtschouw.builder().store(store).clock(clock)
 *     .reportRules(ReportRules.defaults().withBoundaries(boundaries)).build();
 * StreamId campaign = schouw.startCampaign(coreGroupMember, new StartCampaign("Schouw Indische Buurt", GM0363)).stream();
 * ...
 * Outcome<ReportEvent, Report> filed = schouw.fileReport(resident, FileReport.problem(category, "Lamp kapot", where, resident.person(), campaign));
 * }</pre>
 *
 * <p>Stateless between calls and thread-safe, like the engines. The report's decider reads the campaign just before
 * the report is filed; a report filed in the instant entry closes may still get in, which the audit trail shows.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Buurtschouw {

    private final ProcessEngine<CampaignCommand, CampaignEvent, Campaign> campaigns;
    private final ProcessEngine<ReportCommand, ReportEvent, Report> reports;
    private final ProcessEngine<ReportCommand, ReportEvent, Report> signalenImports;
    private final ReportRules reportRules;

    private Buurtschouw(Builder b) {
        this.reportRules = b.reportRules;
        ProcessEngine<CampaignCommand, CampaignEvent, Campaign> campaignEngine = ProcessEngine
                .builder(BuurtschouwWorkflow.campaigns(b.campaignRules, b.reportRules.categories())).store(b.store).clock(b.clock)
                .ids(b.ids).observer(b.observer).build();
        this.campaigns = campaignEngine;
        CampaignLookup lookup = id -> Optional.of(campaignEngine.load(id)).filter(Campaign::isStarted);
        PersonalDataStore people = b.personalData;
        ReporterContacts contacts = person -> people.get(person)
                .map(d -> d.attributes().containsKey(PersonalData.EMAIL)).orElse(false);
        this.reports = ProcessEngine.builder(BuurtschouwWorkflow.reports(b.reportRules, lookup, contacts)).store(b.store).clock(b.clock)
                .ids(b.ids).observer(b.observer).build();
        this.signalenImports = ProcessEngine.builder(BuurtschouwWorkflow.signalenImport(b.reportRules, lookup, contacts)).store(b.store)
                .clock(b.clock).ids(b.ids).observer(b.observer).build();
    }

    /**
     * Starts the configuration; defaults: an in-memory event store, an empty in-memory personal-data store, the UTC
     * system clock, random ids, default rules.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine of campaigns. */
    public ProcessEngine<CampaignCommand, CampaignEvent, Campaign> campaigns() {
        return campaigns;
    }

    /** The engine of reports. */
    public ProcessEngine<ReportCommand, ReportEvent, Report> reports() {
        return reports;
    }

    /** The rules of reports. */
    public ReportRules reportRules() {
        return reportRules;
    }

    /** Starts a campaign in a new stream. */
    public Outcome<CampaignEvent, Campaign> startCampaign(Actor actor, StartCampaign command) {
        return campaigns.handle(campaigns.newStream(), actor, command);
    }

    /**
     * Files a report in a new stream. When it names a campaign, that campaign must exist and take observations now
     * ({@code buurtschouw.report.campaign-unknown}, {@code buurtschouw.report.campaign-not-open}); the report's decider
     * checks this, so {@code reports().handle(...)} refuses the same.
     */
    public Outcome<ReportEvent, Report> fileReport(Actor actor, FileReport command) {
        return reports.handle(reports.newStream(), actor, command);
    }

    /**
     * What recording a quality score did (<i>beoordeling vastgelegd</i>).
     *
     * @param assessment the outcome on the campaign
     * @param report     the outcome of filing the score as a report, when it fell below the campaign's threshold;
     *                   {@code null} when no report was due or the score was refused
     */
    public record Assessed(Outcome<CampaignEvent, Campaign> assessment, Outcome<ReportEvent, Report> report) {
        public Assessed {
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * Records a quality score on a campaign (<i>burgerschouw</i>). A score is no report: it gets no handling deadline,
     * no handling and no satisfaction survey. When it falls below the campaign's threshold
     * ({@link CampaignCommand.SetReportThresholds}), it is also filed as a report in a new stream: a problem in the
     * scored element's category, by the assessor (acting as {@code actor}), at the score's place, described in Dutch
     * ("Beoordeling op de schouw: …") with the assessor's remark, and linked from the score
     * ({@link Assessment#report()}). Filing runs after the score is stored; should it be refused, the score waits in
     * {@link Campaign#awaitingReport()} for {@link #fileDueReports}.
     */
    public Assessed recordAssessment(Actor actor, StreamId campaign, RecordAssessment command) {
        Outcome<CampaignEvent, Campaign> recorded = campaigns.handle(campaign, actor, command);
        if (!recorded.isAccepted()) {
            return new Assessed(recorded, null);
        }
        Outcome.Accepted<CampaignEvent, Campaign> accepted = recorded.orElseThrow();
        for (RecordedEvent<CampaignEvent> r : accepted.events()) {
            if (r.event() instanceof QualityAssessed e && e.reportBelow() != null) {
                Assessment due = accepted.state().assessments().get(e.number() - 1);
                return new Assessed(recorded, fileFor(campaign, due, actor));
            }
        }
        return new Assessed(recorded, null);
    }

    /**
     * Files the report of every score below the threshold whose report is not filed yet ({@link Campaign#awaitingReport()}),
     * each by its assessor in the role they scored in: the way back when filing failed after a score was stored.
     *
     * @return the outcome of each filing, in the order the scores were recorded
     */
    public List<Outcome<ReportEvent, Report>> fileDueReports(StreamId campaign) {
        Campaign state = campaigns.load(campaign);
        if (state.awaitingReport().isEmpty()) {
            return List.of();
        }
        Map<Integer, Actor> assessors = new HashMap<>();
        for (RecordedEvent<CampaignEvent> r : campaigns.history(campaign)) {
            if (r.event() instanceof QualityAssessed e) {
                assessors.put(e.number(), r.actor());
            }
        }
        List<Outcome<ReportEvent, Report>> out = new ArrayList<>();
        for (Assessment due : state.awaitingReport()) {
            out.add(fileFor(campaign, due, assessors.get(due.number())));
        }
        return out;
    }

    private Outcome<ReportEvent, Report> fileFor(StreamId campaign, Assessment due, Actor assessor) {
        String description = Catalogue.text(Locale.forLanguageTag("nl"), BuurtschouwText.ASSESSMENT_REPORT.code(),
                due.theme().label().nl(), due.score().code(), due.reportBelow().code());
        String remark = due.remark() == null ? "" : due.remark().value().orElse("");
        if (!remark.isEmpty()) {
            description = description + " " + remark;
        }
        GeoPoint where = due.location() == null ? null : due.location().value().orElse(null);
        FileReport command = new FileReport(ReportKind.PROBLEM, due.element(), description, where, null, null, null,
                due.neighbourhood(), due.theme(), List.of(), due.assessor(), campaign);
        Outcome<ReportEvent, Report> filed = reports.handle(reports.newStream(), assessor, command);
        if (filed.isAccepted()) {
            campaigns.handleAsSystem(campaign, new LinkAssessmentReport(due.number(), filed.stream()));
        }
        return filed;
    }

    /**
     * The quality scores of a campaign per neighbourhood and theme, beside the municipality's own inspections, with
     * the municipality's target levels ({@link ReportRules#targetFor}).
     */
    public QualityAssessments qualityAssessments(StreamId campaign) {
        return QualityAssessments.of(campaigns.load(campaign), reportRules::targetFor);
    }

    /**
     * Records meldingen from Signalen with their status histories, as the system, each in a new report stream: the
     * named entry point of the import ({@link SignalenImport}); the engine of {@link #reports()} refuses its commands.
     */
    public SignalenImport.Result importSignalen(List<SignalenImport.Melding> meldingen) {
        return SignalenImport.load(signalenImports, meldingen);
    }

    /** The analysis projection of a filed report. */
    public ReportSummary summary(StreamId report) {
        return ReportSummary.of(report, reports.load(report));
    }

    /** The Open311 mapping of this municipality's categories, in Dutch. */
    public Open311Mapping open311() {
        return Open311Mapping.of(reportRules.categories(), reportRules.zone(), Locale.forLanguageTag("nl"));
    }

    /**
     * Fires what is due now on each stream (campaigns and reports): closing entry, ending reaction windows and
     * satisfaction surveys. The vendor's scheduler calls this with the streams that have deadlines.
     *
     * @return every outcome, in order
     */
    public List<Outcome<?, ?>> fireDue(Collection<StreamId> streams) {
        List<Outcome<?, ?>> out = new ArrayList<>();
        for (StreamId stream : streams) {
            if (stream.isOfType(BuurtschouwWorkflow.CAMPAIGNS.streamType())) {
                out.addAll(campaigns.fireDue(stream));
            } else if (stream.isOfType(BuurtschouwWorkflow.REPORTS.streamType())) {
                out.addAll(reports.fireDue(stream));
            } else {
                throw new IllegalArgumentException("Stream " + stream + " is no campaign or report");
            }
        }
        return out;
    }

    /** Configures a {@link Buurtschouw}. */
    public static final class Builder {
        private EventStore store = new InMemoryEventStore();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private CommandObserver observer = CommandObserver.NONE;
        private CampaignRules campaignRules = CampaignRules.defaults();
        private ReportRules reportRules = ReportRules.defaults();
        private PersonalDataStore personalData = new InMemoryPersonalDataStore();

        private Builder() {
        }

        /**
         * Where the reporters' contacts are kept: a question goes only to a reporter with an e-mail address there.
         * Default: an empty store in memory, so nobody can be asked until the vendor gives its own.
         */
        public Builder personalData(PersonalDataStore value) {
            this.personalData = Objects.requireNonNull(value, "personalData");
            return this;
        }

        /** The event store both engines share. */
        public Builder store(EventStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock of record times and deadlines. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Who is told of every command the engines handle, e.g. the vendor's metrics; default none. */
        public Builder observer(CommandObserver value) {
            this.observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /** Where new stream ids come from. */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** The rules of campaigns. */
        public Builder campaignRules(CampaignRules value) {
            this.campaignRules = Objects.requireNonNull(value, "campaignRules");
            return this;
        }

        /** The rules of reports. */
        public Builder reportRules(ReportRules value) {
            this.reportRules = Objects.requireNonNull(value, "reportRules");
            return this;
        }

        /** Builds it. */
        public Buurtschouw build() {
            return new Buurtschouw(this);
        }
    }
}
