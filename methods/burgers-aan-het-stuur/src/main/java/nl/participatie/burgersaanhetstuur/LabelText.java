package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the labels people read for steps, kinds, statuses and themes (<i>labels</i>): each label's Dutch and
 * English text is in {@code ParticipatieMessages*.properties}, read through the catalogue.
 */
@API(status = API.Status.INTERNAL)
public enum LabelText implements Code {
    /** {@code burgersaanhetstuur.label.action.planned} */
    ACTION_PLANNED("burgersaanhetstuur.label.action.planned"),
    /** {@code burgersaanhetstuur.label.action.started} */
    ACTION_STARTED("burgersaanhetstuur.label.action.started"),
    /** {@code burgersaanhetstuur.label.action.blocked} */
    ACTION_BLOCKED("burgersaanhetstuur.label.action.blocked"),
    /** {@code burgersaanhetstuur.label.action.done} */
    ACTION_DONE("burgersaanhetstuur.label.action.done"),
    /** {@code burgersaanhetstuur.label.action.dropped} */
    ACTION_DROPPED("burgersaanhetstuur.label.action.dropped"),
    /** {@code burgersaanhetstuur.label.asset.residents-skill} */
    ASSET_RESIDENTS_SKILL("burgersaanhetstuur.label.asset.residents-skill"),
    /** {@code burgersaanhetstuur.label.asset.association-or-group} */
    ASSET_ASSOCIATION_OR_GROUP("burgersaanhetstuur.label.asset.association-or-group"),
    /** {@code burgersaanhetstuur.label.asset.institution} */
    ASSET_INSTITUTION("burgersaanhetstuur.label.asset.institution"),
    /** {@code burgersaanhetstuur.label.asset.place} */
    ASSET_PLACE("burgersaanhetstuur.label.asset.place"),
    /** {@code burgersaanhetstuur.label.finding.warning} */
    FINDING_WARNING("burgersaanhetstuur.label.finding.warning"),
    /** {@code burgersaanhetstuur.label.finding.at-risk} */
    FINDING_AT_RISK("burgersaanhetstuur.label.finding.at-risk"),
    /** {@code burgersaanhetstuur.label.finding.stuck} */
    FINDING_STUCK("burgersaanhetstuur.label.finding.stuck"),
    /** {@code burgersaanhetstuur.label.goal.liveability} */
    GOAL_LIVEABILITY("burgersaanhetstuur.label.goal.liveability"),
    /** {@code burgersaanhetstuur.label.goal.social-cohesion} */
    GOAL_SOCIAL_COHESION("burgersaanhetstuur.label.goal.social-cohesion"),
    /** {@code burgersaanhetstuur.label.indicator.how-much-did-we-do} */
    INDICATOR_HOW_MUCH_DID_WE_DO("burgersaanhetstuur.label.indicator.how-much-did-we-do"),
    /** {@code burgersaanhetstuur.label.indicator.how-well-did-we-do-it} */
    INDICATOR_HOW_WELL_DID_WE_DO_IT("burgersaanhetstuur.label.indicator.how-well-did-we-do-it"),
    /** {@code burgersaanhetstuur.label.indicator.is-anyone-better-off} */
    INDICATOR_IS_ANYONE_BETTER_OFF("burgersaanhetstuur.label.indicator.is-anyone-better-off"),
    /** {@code burgersaanhetstuur.label.initiative-step.new} */
    INITIATIVE_STEP_NEW("burgersaanhetstuur.label.initiative-step.new"),
    /** {@code burgersaanhetstuur.label.initiative-step.what-is-going-on} */
    INITIATIVE_STEP_WHAT_IS_GOING_ON("burgersaanhetstuur.label.initiative-step.what-is-going-on"),
    /** {@code burgersaanhetstuur.label.initiative-step.what-must-improve} */
    INITIATIVE_STEP_WHAT_MUST_IMPROVE("burgersaanhetstuur.label.initiative-step.what-must-improve"),
    /** {@code burgersaanhetstuur.label.initiative-step.make-an-action-plan} */
    INITIATIVE_STEP_MAKE_AN_ACTION_PLAN("burgersaanhetstuur.label.initiative-step.make-an-action-plan"),
    /** {@code burgersaanhetstuur.label.initiative-step.define-measurable-results} */
    INITIATIVE_STEP_DEFINE_MEASURABLE_RESULTS("burgersaanhetstuur.label.initiative-step.define-measurable-results"),
    /** {@code burgersaanhetstuur.label.initiative-step.execute-the-action-plan} */
    INITIATIVE_STEP_EXECUTE_THE_ACTION_PLAN("burgersaanhetstuur.label.initiative-step.execute-the-action-plan"),
    /** {@code burgersaanhetstuur.label.initiative-step.measure-results} */
    INITIATIVE_STEP_MEASURE_RESULTS("burgersaanhetstuur.label.initiative-step.measure-results"),
    /** {@code burgersaanhetstuur.label.initiative-step.account-for-it} */
    INITIATIVE_STEP_ACCOUNT_FOR_IT("burgersaanhetstuur.label.initiative-step.account-for-it"),
    /** {@code burgersaanhetstuur.label.initiative-step.set-new-goals} */
    INITIATIVE_STEP_SET_NEW_GOALS("burgersaanhetstuur.label.initiative-step.set-new-goals"),
    /** {@code burgersaanhetstuur.label.initiative-step.paused} */
    INITIATIVE_STEP_PAUSED("burgersaanhetstuur.label.initiative-step.paused"),
    /** {@code burgersaanhetstuur.label.initiative-step.closed} */
    INITIATIVE_STEP_CLOSED("burgersaanhetstuur.label.initiative-step.closed"),
    /** {@code burgersaanhetstuur.label.membership.initiator} */
    MEMBERSHIP_INITIATOR("burgersaanhetstuur.label.membership.initiator"),
    /** {@code burgersaanhetstuur.label.membership.participant} */
    MEMBERSHIP_PARTICIPANT("burgersaanhetstuur.label.membership.participant"),
    /** {@code burgersaanhetstuur.label.partner.municipality} */
    PARTNER_MUNICIPALITY("burgersaanhetstuur.label.partner.municipality"),
    /** {@code burgersaanhetstuur.label.partner.housing-corporation} */
    PARTNER_HOUSING_CORPORATION("burgersaanhetstuur.label.partner.housing-corporation"),
    /** {@code burgersaanhetstuur.label.partner.welfare-organisation} */
    PARTNER_WELFARE_ORGANISATION("burgersaanhetstuur.label.partner.welfare-organisation"),
    /** {@code burgersaanhetstuur.label.partner.other} */
    PARTNER_OTHER("burgersaanhetstuur.label.partner.other"),
    /** {@code burgersaanhetstuur.label.funding.residents-budget} */
    FUNDING_RESIDENTS_BUDGET("burgersaanhetstuur.label.funding.residents-budget"),
    /** {@code burgersaanhetstuur.label.funding.initiative-fund} */
    FUNDING_INITIATIVE_FUND("burgersaanhetstuur.label.funding.initiative-fund"),
    /** {@code burgersaanhetstuur.label.funding.own-contribution} */
    FUNDING_OWN_CONTRIBUTION("burgersaanhetstuur.label.funding.own-contribution"),
    /** {@code burgersaanhetstuur.label.funding.other} */
    FUNDING_OTHER("burgersaanhetstuur.label.funding.other"),
    /** {@code burgersaanhetstuur.label.health.healthy} */
    HEALTH_HEALTHY("burgersaanhetstuur.label.health.healthy"),
    /** {@code burgersaanhetstuur.label.resource.money} */
    RESOURCE_MONEY("burgersaanhetstuur.label.resource.money"),
    /** {@code burgersaanhetstuur.label.resource.materials} */
    RESOURCE_MATERIALS("burgersaanhetstuur.label.resource.materials"),
    /** {@code burgersaanhetstuur.label.resource.hours} */
    RESOURCE_HOURS("burgersaanhetstuur.label.resource.hours"),
    /** {@code burgersaanhetstuur.label.resource.permit} */
    RESOURCE_PERMIT("burgersaanhetstuur.label.resource.permit"),
    /** {@code burgersaanhetstuur.label.source.observation} */
    SOURCE_OBSERVATION("burgersaanhetstuur.label.source.observation"),
    /** {@code burgersaanhetstuur.label.source.figure} */
    SOURCE_FIGURE("burgersaanhetstuur.label.source.figure"),
    /** {@code burgersaanhetstuur.label.source.story} */
    SOURCE_STORY("burgersaanhetstuur.label.source.story");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
