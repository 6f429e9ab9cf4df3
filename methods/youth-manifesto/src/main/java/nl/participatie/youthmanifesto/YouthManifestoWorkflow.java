package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.ManifestoGroupStep.CLOSED;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.COUNCIL_RESPONSE;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.DRAFTING;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.FOLLOW_UP;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.HANDOVER;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.NEW;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.OWN_STEP;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.PRIORITISATION;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.RECRUITMENT;
import static nl.participatie.youthmanifesto.ManifestoGroupStep.TOPICS;

import java.util.EnumSet;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.InstanceRoles;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkActionsRealised;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkCommitmentOverdue;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordAgendaItem;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RemoveAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RequestConsentReconfirmation;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.WithdrawConsent;

/**
 * The method Youth Manifesto as a state machine (<i>werkwijze</i>), declared as data: which command is allowed in which
 * step and which roles may fire it. The group's own process ({@link GroupProcess}) decides the order of its stages; this
 * workflow admits every order that process allows (an own step may come between any two steps before the hand-over)
 * and the decider moves only to the group's next stage. Only the group's facilitator moves it on; only its own young
 * participants act in it ({@code workflow.not-in-instance} for anyone else), vote and approve; the griffie, the executive and civil servants record what the council does. A
 * municipality tightens it with {@link Workflow#restrict} and {@link ProcessDefinition#withWorkflow}.
 *
 * <pre>{@code
 * String diagram = YouthManifestoWorkflow.GROUPS.workflow().toMermaid();
 * Actor amira = Actor.of("p-amira", YouthManifestoWorkflow.YOUNG_PARTICIPANT);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class YouthManifestoWorkflow {

    /** A young person in the group (<i>jongere</i>); acts only in their own group. */
    public static final Role YOUNG_PARTICIPANT = Role.of("YOUNG_PARTICIPANT");
    /** The youth worker who runs the group and records its decisions (<i>jongerenwerker</i>, <i>begeleider</i>). */
    public static final Role FACILITATOR = Role.of("FACILITATOR");
    /** A civil servant or policy officer of the municipality (<i>ambtenaar</i>). */
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");
    /** The council's clerk's office, which registers council business (<i>griffie</i>). */
    public static final Role GRIFFIE = Role.of("GRIFFIE");
    /** An alderman or the mayor (<i>wethouder</i>, <i>bestuurder</i>). */
    public static final Role EXECUTIVE = Role.of("EXECUTIVE");

    // Declared once, before the definition that uses it: every definition, whatever its rules, shares one state machine.
    private static final Workflow<ManifestoGroupStep> WORKFLOW = declare();

    /**
     * A young participant is a role in one group: a young person of one group is nobody in another, and after leaving
     * only the one whose consent it is, to withdraw it. Facilitators, civil servants, the griffie and aldermen are the
     * municipality's, as the vendor's authentication says.
     */
    private static final InstanceRoles<ManifestoGroup> PARTICIPANTS = new InstanceRoles<>(Set.of(YOUNG_PARTICIPANT),
            (group, person, role, command) -> group.isParticipant(person)
                    || command instanceof WithdrawConsent && group.wasEnrolled(person));

    /**
     * Youth Manifesto groups (<i>manifestgroepen</i>) with the library's default rules and no participant records (so no
     * one can enrol: use {@link YouthManifesto}, which reads them from the personal-data store): stream type
     * {@code youthmanifesto.group}, its state machine {@code GROUPS.workflow()}.
     */
    public static final ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> GROUPS =
            groups(ManifestoGroupRules.defaults(), ParticipantRecords.NONE);

    private YouthManifestoWorkflow() {
    }

    /** Youth Manifesto groups with the municipality's rules and its participants' records; the facade builds it. */
    static ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> groups(
            ManifestoGroupRules rules, ParticipantRecords records) {
        return ProcessDefinition.of("youthmanifesto.group", ManifestoGroupCommand.class, ManifestoGroupEvent.class,
                new ManifestoGroupDecider(rules, records), WORKFLOW, ManifestoGroup::step).withInstanceRoles(PARTICIPANTS);
    }

    private static Workflow<ManifestoGroupStep> declare() {
        Set<ManifestoGroupStep> beforeHandover = ManifestoGroupStep.beforeHandover();
        Set<ManifestoGroupStep> active = ManifestoGroupStep.active();
        Set<ManifestoGroupStep> responding = EnumSet.of(COUNCIL_RESPONSE, FOLLOW_UP);
        Role[] municipality = {GRIFFIE, EXECUTIVE, CIVIL_SERVANT};
        return Workflow.builder("Youth Manifesto", ManifestoGroupStep.class, NEW)
                .terminal(CLOSED)
                .transition(StartGroup.class, NEW, RECRUITMENT, FACILITATOR, CIVIL_SERVANT)
                // The group's own process picks the next stage; an own step may sit between any two steps before the hand-over.
                .rule(AdvanceStep.class, EnumSet.of(RECRUITMENT), EnumSet.of(TOPICS, OWN_STEP), FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(TOPICS), EnumSet.of(PRIORITISATION, OWN_STEP), FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(PRIORITISATION), EnumSet.of(DRAFTING, OWN_STEP), FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(DRAFTING), EnumSet.of(HANDOVER, OWN_STEP), FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(OWN_STEP), EnumSet.of(TOPICS, PRIORITISATION, DRAFTING, HANDOVER, OWN_STEP),
                        FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(HANDOVER), EnumSet.of(COUNCIL_RESPONSE), FACILITATOR)
                .rule(AdvanceStep.class, EnumSet.of(COUNCIL_RESPONSE), EnumSet.of(FOLLOW_UP), FACILITATOR)
                .rule(CloseGroup.class, active, EnumSet.of(CLOSED), FACILITATOR)
                .within(EnrolParticipant.class, beforeHandover, FACILITATOR)
                .within(LeaveGroup.class, active, YOUNG_PARTICIPANT, FACILITATOR)
                .within(WithdrawConsent.class, active, YOUNG_PARTICIPANT, FACILITATOR)
                .within(RequestConsentReconfirmation.class, active, Role.SYSTEM)
                .within(AdaptProcess.class, beforeHandover, FACILITATOR)
                .within(RaiseTopic.class, TOPICS, YOUNG_PARTICIPANT, FACILITATOR)
                .within(CastBallot.class, PRIORITISATION, YOUNG_PARTICIPANT, FACILITATOR)
                .within(CountBallots.class, PRIORITISATION, FACILITATOR)
                .within(DraftTopic.class, DRAFTING, YOUNG_PARTICIPANT, FACILITATOR)
                .within(AddAction.class, DRAFTING, YOUNG_PARTICIPANT, FACILITATOR)
                .within(RemoveAction.class, DRAFTING, YOUNG_PARTICIPANT, FACILITATOR)
                .within(VoteOnDraft.class, DRAFTING, YOUNG_PARTICIPANT)
                .within(HandOver.class, HANDOVER, FACILITATOR, GRIFFIE)
                .within(RecordAgendaItem.class, EnumSet.of(HANDOVER, COUNCIL_RESPONSE, FOLLOW_UP), GRIFFIE)
                .within(RecordCouncilResponse.class, responding, municipality)
                .within(SettleCommitment.class, responding, municipality)
                .within(MarkCommitmentOverdue.class, responding, Role.SYSTEM)
                .within(RecordProgress.class, responding, YOUNG_PARTICIPANT, FACILITATOR, GRIFFIE, EXECUTIVE, CIVIL_SERVANT)
                .within(ConcludeAction.class, FOLLOW_UP, FACILITATOR, GRIFFIE, CIVIL_SERVANT)
                // The system for a council's budget decision (a reaction); the municipality for a residents' initiative.
                .within(MarkActionsRealised.class, responding, Role.SYSTEM, FACILITATOR, CIVIL_SERVANT)
                .build();
    }
}
