package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a Youth Manifesto group (<i>manifestgroep</i>) refuses a command, beyond the workflow and the constraints on the
 * command: the stable rejection codes of its decider, each with its text in Dutch and English in
 * {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum ManifestoGroupRejection implements Code {
    /** {@code youthmanifesto.not-started} */
    NOT_STARTED("youthmanifesto.not-started"),
    /** {@code youthmanifesto.closed} */
    CLOSED("youthmanifesto.closed"),
    /** {@code youthmanifesto.already-started} */
    ALREADY_STARTED("youthmanifesto.already-started"),
    /** {@code youthmanifesto.record-missing} */
    RECORD_MISSING("youthmanifesto.record-missing"),
    /** {@code youthmanifesto.age-out-of-range} */
    AGE_OUT_OF_RANGE("youthmanifesto.age-out-of-range"),
    /** {@code youthmanifesto.permission-to-take-part-missing} */
    PERMISSION_TO_TAKE_PART_MISSING("youthmanifesto.permission-to-take-part-missing"),
    /** {@code youthmanifesto.guardian-consent-missing} */
    GUARDIAN_CONSENT_MISSING("youthmanifesto.guardian-consent-missing"),
    /** {@code youthmanifesto.own-consent-missing} */
    OWN_CONSENT_MISSING("youthmanifesto.own-consent-missing"),
    /** {@code youthmanifesto.already-a-participant} */
    ALREADY_A_PARTICIPANT("youthmanifesto.already-a-participant"),
    /** {@code youthmanifesto.group-full} */
    GROUP_FULL("youthmanifesto.group-full"),
    /** {@code youthmanifesto.group-too-small} */
    GROUP_TOO_SMALL("youthmanifesto.group-too-small"),
    /** {@code youthmanifesto.not-a-participant} */
    NOT_A_PARTICIPANT("youthmanifesto.not-a-participant"),
    /** {@code youthmanifesto.self-only} */
    SELF_ONLY("youthmanifesto.self-only"),
    /** {@code youthmanifesto.no-consent-basis} */
    NO_CONSENT_BASIS("youthmanifesto.no-consent-basis"),
    /** {@code youthmanifesto.not-a-consent} */
    NOT_A_CONSENT("youthmanifesto.not-a-consent"),
    /** {@code youthmanifesto.consent-already-withdrawn} */
    CONSENT_ALREADY_WITHDRAWN("youthmanifesto.consent-already-withdrawn"),
    /** {@code youthmanifesto.reconfirmation-not-due} */
    RECONFIRMATION_NOT_DUE("youthmanifesto.reconfirmation-not-due"),
    /** {@code youthmanifesto.process-step-not-adaptable} */
    PROCESS_STEP_NOT_ADAPTABLE("youthmanifesto.process-step-not-adaptable"),
    /** {@code youthmanifesto.process-recruitment-not-first} */
    PROCESS_RECRUITMENT_NOT_FIRST("youthmanifesto.process-recruitment-not-first"),
    /** {@code youthmanifesto.process-step-missing} */
    PROCESS_STEP_MISSING("youthmanifesto.process-step-missing"),
    /** {@code youthmanifesto.process-step-repeated} */
    PROCESS_STEP_REPEATED("youthmanifesto.process-step-repeated"),
    /** {@code youthmanifesto.process-order-invalid} */
    PROCESS_ORDER_INVALID("youthmanifesto.process-order-invalid"),
    /** {@code youthmanifesto.process-own-step-unnamed} */
    PROCESS_OWN_STEP_UNNAMED("youthmanifesto.process-own-step-unnamed"),
    /** {@code youthmanifesto.process-own-step-after-handover} */
    PROCESS_OWN_STEP_AFTER_HANDOVER("youthmanifesto.process-own-step-after-handover"),
    /** {@code youthmanifesto.process-past-changed} */
    PROCESS_PAST_CHANGED("youthmanifesto.process-past-changed"),
    /** {@code youthmanifesto.not-next-stage} */
    NOT_NEXT_STAGE("youthmanifesto.not-next-stage"),
    /** {@code youthmanifesto.no-next-stage} */
    NO_NEXT_STAGE("youthmanifesto.no-next-stage"),
    /** {@code youthmanifesto.no-topics} */
    NO_TOPICS("youthmanifesto.no-topics"),
    /** {@code youthmanifesto.topic-unknown} */
    TOPIC_UNKNOWN("youthmanifesto.topic-unknown"),
    /** {@code youthmanifesto.already-voted} */
    ALREADY_VOTED("youthmanifesto.already-voted"),
    /** {@code youthmanifesto.too-many-votes} */
    TOO_MANY_VOTES("youthmanifesto.too-many-votes"),
    /** {@code youthmanifesto.too-many-votes-on-topic} */
    TOO_MANY_VOTES_ON_TOPIC("youthmanifesto.too-many-votes-on-topic"),
    /** {@code youthmanifesto.topic-ranked-twice} */
    TOPIC_RANKED_TWICE("youthmanifesto.topic-ranked-twice"),
    /** {@code youthmanifesto.no-ballots} */
    NO_BALLOTS("youthmanifesto.no-ballots"),
    /** {@code youthmanifesto.not-counted} */
    NOT_COUNTED("youthmanifesto.not-counted"),
    /** {@code youthmanifesto.topic-not-chosen} */
    TOPIC_NOT_CHOSEN("youthmanifesto.topic-not-chosen"),
    /** {@code youthmanifesto.topic-not-drafted} */
    TOPIC_NOT_DRAFTED("youthmanifesto.topic-not-drafted"),
    /** {@code youthmanifesto.action-unknown} */
    ACTION_UNKNOWN("youthmanifesto.action-unknown"),
    /** {@code youthmanifesto.deadline-in-past} */
    DEADLINE_IN_PAST("youthmanifesto.deadline-in-past"),
    /** {@code youthmanifesto.draft-empty} */
    DRAFT_EMPTY("youthmanifesto.draft-empty"),
    /** {@code youthmanifesto.draft-not-approved} */
    DRAFT_NOT_APPROVED("youthmanifesto.draft-not-approved"),
    /** {@code youthmanifesto.date-in-future} */
    DATE_IN_FUTURE("youthmanifesto.date-in-future"),
    /** {@code youthmanifesto.already-handed-over} */
    ALREADY_HANDED_OVER("youthmanifesto.already-handed-over"),
    /** {@code youthmanifesto.not-handed-over} */
    NOT_HANDED_OVER("youthmanifesto.not-handed-over"),
    /** {@code youthmanifesto.reason-required} */
    REASON_REQUIRED("youthmanifesto.reason-required"),
    /** {@code youthmanifesto.votes-contradict-result} */
    VOTES_CONTRADICT_RESULT("youthmanifesto.votes-contradict-result"),
    /** {@code youthmanifesto.deadline-before-commitment} */
    DEADLINE_BEFORE_COMMITMENT("youthmanifesto.deadline-before-commitment"),
    /** {@code youthmanifesto.response-unknown} */
    RESPONSE_UNKNOWN("youthmanifesto.response-unknown"),
    /** {@code youthmanifesto.not-a-commitment} */
    NOT_A_COMMITMENT("youthmanifesto.not-a-commitment"),
    /** {@code youthmanifesto.commitment-already-settled} */
    COMMITMENT_ALREADY_SETTLED("youthmanifesto.commitment-already-settled"),
    /** {@code youthmanifesto.commitment-not-overdue} */
    COMMITMENT_NOT_OVERDUE("youthmanifesto.commitment-not-overdue"),
    /** {@code youthmanifesto.no-council-response} */
    NO_COUNCIL_RESPONSE("youthmanifesto.no-council-response"),
    /** {@code youthmanifesto.action-final} */
    ACTION_FINAL("youthmanifesto.action-final"),
    /** {@code youthmanifesto.actions-open} */
    ACTIONS_OPEN("youthmanifesto.actions-open"),
    /** {@code youthmanifesto.realisation-line} */
    REALISATION_LINE("youthmanifesto.realisation-line");

    private final String code;

    ManifestoGroupRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
