package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the labels people read for steps, kinds, statuses and areas (<i>labels</i>): each label's Dutch and English
 * text is in {@code ParticipatieMessages*.properties}, read through the catalogue.
 */
@API(status = API.Status.INTERNAL)
public enum LabelText implements Code {
    /** {@code youthmanifesto.label.step.new} */
    STEP_NEW("youthmanifesto.label.step.new"),
    /** {@code youthmanifesto.label.step.recruitment} */
    STEP_RECRUITMENT("youthmanifesto.label.step.recruitment"),
    /** {@code youthmanifesto.label.step.topics} */
    STEP_TOPICS("youthmanifesto.label.step.topics"),
    /** {@code youthmanifesto.label.step.prioritisation} */
    STEP_PRIORITISATION("youthmanifesto.label.step.prioritisation"),
    /** {@code youthmanifesto.label.step.drafting} */
    STEP_DRAFTING("youthmanifesto.label.step.drafting"),
    /** {@code youthmanifesto.label.step.own-step} */
    STEP_OWN_STEP("youthmanifesto.label.step.own-step"),
    /** {@code youthmanifesto.label.step.handover} */
    STEP_HANDOVER("youthmanifesto.label.step.handover"),
    /** {@code youthmanifesto.label.step.council-response} */
    STEP_COUNCIL_RESPONSE("youthmanifesto.label.step.council-response"),
    /** {@code youthmanifesto.label.step.follow-up} */
    STEP_FOLLOW_UP("youthmanifesto.label.step.follow-up"),
    /** {@code youthmanifesto.label.step.closed} */
    STEP_CLOSED("youthmanifesto.label.step.closed"),
    /** {@code youthmanifesto.label.basis.consent} */
    BASIS_CONSENT("youthmanifesto.label.basis.consent"),
    /** {@code youthmanifesto.label.basis.public-task} */
    BASIS_PUBLIC_TASK("youthmanifesto.label.basis.public-task"),
    /** {@code youthmanifesto.label.permission.permission-to-take-part} */
    PERMISSION_PERMISSION_TO_TAKE_PART("youthmanifesto.label.permission.permission-to-take-part"),
    /** {@code youthmanifesto.label.permission.guardian-consent} */
    PERMISSION_GUARDIAN_CONSENT("youthmanifesto.label.permission.guardian-consent"),
    /** {@code youthmanifesto.label.permission.own-consent} */
    PERMISSION_OWN_CONSENT("youthmanifesto.label.permission.own-consent"),
    /** {@code youthmanifesto.label.age-band.under-16} */
    AGE_BAND_UNDER_16("youthmanifesto.label.age-band.under-16"),
    /** {@code youthmanifesto.label.age-band.age-16-17} */
    AGE_BAND_AGE_16_17("youthmanifesto.label.age-band.age-16-17"),
    /** {@code youthmanifesto.label.age-band.age-18-and-over} */
    AGE_BAND_AGE_18_AND_OVER("youthmanifesto.label.age-band.age-18-and-over"),
    /** {@code youthmanifesto.label.channel.school} */
    CHANNEL_SCHOOL("youthmanifesto.label.channel.school"),
    /** {@code youthmanifesto.label.channel.youth-work} */
    CHANNEL_YOUTH_WORK("youthmanifesto.label.channel.youth-work"),
    /** {@code youthmanifesto.label.channel.sports-and-culture} */
    CHANNEL_SPORTS_AND_CULTURE("youthmanifesto.label.channel.sports-and-culture"),
    /** {@code youthmanifesto.label.channel.community-organisation} */
    CHANNEL_COMMUNITY_ORGANISATION("youthmanifesto.label.channel.community-organisation"),
    /** {@code youthmanifesto.label.channel.social-media} */
    CHANNEL_SOCIAL_MEDIA("youthmanifesto.label.channel.social-media"),
    /** {@code youthmanifesto.label.channel.friends-and-family} */
    CHANNEL_FRIENDS_AND_FAMILY("youthmanifesto.label.channel.friends-and-family"),
    /** {@code youthmanifesto.label.channel.street-outreach} */
    CHANNEL_STREET_OUTREACH("youthmanifesto.label.channel.street-outreach"),
    /** {@code youthmanifesto.label.channel.municipality} */
    CHANNEL_MUNICIPALITY("youthmanifesto.label.channel.municipality"),
    /** {@code youthmanifesto.label.channel.other} */
    CHANNEL_OTHER("youthmanifesto.label.channel.other"),
    /** {@code youthmanifesto.label.policy-area.governance} */
    POLICY_AREA_GOVERNANCE("youthmanifesto.label.policy-area.governance"),
    /** {@code youthmanifesto.label.policy-area.safety} */
    POLICY_AREA_SAFETY("youthmanifesto.label.policy-area.safety"),
    /** {@code youthmanifesto.label.policy-area.traffic-and-transport} */
    POLICY_AREA_TRAFFIC_AND_TRANSPORT("youthmanifesto.label.policy-area.traffic-and-transport"),
    /** {@code youthmanifesto.label.policy-area.economy} */
    POLICY_AREA_ECONOMY("youthmanifesto.label.policy-area.economy"),
    /** {@code youthmanifesto.label.policy-area.education} */
    POLICY_AREA_EDUCATION("youthmanifesto.label.policy-area.education"),
    /** {@code youthmanifesto.label.policy-area.sport-culture-and-recreation} */
    POLICY_AREA_SPORT_CULTURE_AND_RECREATION("youthmanifesto.label.policy-area.sport-culture-and-recreation"),
    /** {@code youthmanifesto.label.policy-area.social-domain} */
    POLICY_AREA_SOCIAL_DOMAIN("youthmanifesto.label.policy-area.social-domain"),
    /** {@code youthmanifesto.label.policy-area.public-health-and-environment} */
    POLICY_AREA_PUBLIC_HEALTH_AND_ENVIRONMENT("youthmanifesto.label.policy-area.public-health-and-environment"),
    /** {@code youthmanifesto.label.policy-area.housing-and-living-environment} */
    POLICY_AREA_HOUSING_AND_LIVING_ENVIRONMENT("youthmanifesto.label.policy-area.housing-and-living-environment"),
    /** {@code youthmanifesto.label.voting-method.dot-voting} */
    VOTING_METHOD_DOT_VOTING("youthmanifesto.label.voting-method.dot-voting"),
    /** {@code youthmanifesto.label.voting-method.ranking} */
    VOTING_METHOD_RANKING("youthmanifesto.label.voting-method.ranking"),
    /** {@code youthmanifesto.label.addressee.council} */
    ADDRESSEE_COUNCIL("youthmanifesto.label.addressee.council"),
    /** {@code youthmanifesto.label.addressee.executive} */
    ADDRESSEE_EXECUTIVE("youthmanifesto.label.addressee.executive"),
    /** {@code youthmanifesto.label.addressee.department} */
    ADDRESSEE_DEPARTMENT("youthmanifesto.label.addressee.department"),
    /** {@code youthmanifesto.label.addressee.organisation} */
    ADDRESSEE_ORGANISATION("youthmanifesto.label.addressee.organisation"),
    /** {@code youthmanifesto.label.action.open} */
    ACTION_OPEN("youthmanifesto.label.action.open"),
    /** {@code youthmanifesto.label.action.in-progress} */
    ACTION_IN_PROGRESS("youthmanifesto.label.action.in-progress"),
    /** {@code youthmanifesto.label.action.done} */
    ACTION_DONE("youthmanifesto.label.action.done"),
    /** {@code youthmanifesto.label.action.not-done} */
    ACTION_NOT_DONE("youthmanifesto.label.action.not-done"),
    /** {@code youthmanifesto.label.action.removed} */
    ACTION_REMOVED("youthmanifesto.label.action.removed"),
    /** {@code youthmanifesto.label.instrument.motie} */
    INSTRUMENT_MOTIE("youthmanifesto.label.instrument.motie"),
    /** {@code youthmanifesto.label.instrument.amendement} */
    INSTRUMENT_AMENDEMENT("youthmanifesto.label.instrument.amendement"),
    /** {@code youthmanifesto.label.instrument.toezegging} */
    INSTRUMENT_TOEZEGGING("youthmanifesto.label.instrument.toezegging"),
    /** {@code youthmanifesto.label.instrument.written-answer} */
    INSTRUMENT_WRITTEN_ANSWER("youthmanifesto.label.instrument.written-answer"),
    /** {@code youthmanifesto.label.instrument.referral} */
    INSTRUMENT_REFERRAL("youthmanifesto.label.instrument.referral"),
    /** {@code youthmanifesto.label.instrument.raadsadres-answer} */
    INSTRUMENT_RAADSADRES_ANSWER("youthmanifesto.label.instrument.raadsadres-answer"),
    /** {@code youthmanifesto.label.vote-result.adopted} */
    VOTE_RESULT_ADOPTED("youthmanifesto.label.vote-result.adopted"),
    /** {@code youthmanifesto.label.vote-result.rejected} */
    VOTE_RESULT_REJECTED("youthmanifesto.label.vote-result.rejected"),
    /** {@code youthmanifesto.label.promise.open} */
    PROMISE_OPEN("youthmanifesto.label.promise.open"),
    /** {@code youthmanifesto.label.promise.kept} */
    PROMISE_KEPT("youthmanifesto.label.promise.kept"),
    /** {@code youthmanifesto.label.promise.late} */
    PROMISE_LATE("youthmanifesto.label.promise.late"),
    /** {@code youthmanifesto.label.promise.broken} */
    PROMISE_BROKEN("youthmanifesto.label.promise.broken");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
