package nl.participatie.youthmanifesto;

import java.time.Period;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The rules a municipality sets for its Youth Manifesto groups (<i>spelregels</i>): the group's size and age range, up to
 * which age a parent's permission to take part is asked, how the group votes on its topics and how many go into the
 * manifesto, the majority that approves the text, and the deadlines of the follow-up. The {@link ManifestoGroupDecider}
 * and the {@link GroupHealthCheck} are given them. Immutable and validated when made; change one rule with the
 * {@code with...} methods.
 *
 * <pre>{@code
 * ManifestoGroupRules mine = ManifestoGroupRules.defaults().withAgeRange(14, 27).withTopTopics(3);
 * }</pre>
 *
 * @param minimumParticipants          the fewest participants a group starts with (default 12)
 * @param maximumParticipants          the most participants a group has (default 16)
 * @param minimumAge                   the youngest age to take part, in whole years (default 12)
 * @param maximumAge                   the oldest age to take part, in whole years (default 23)
 * @param permissionToTakePartBelowAge below this age a parent's or guardian's permission to take part is needed: the
 *                                     organiser's own rule, apart from AVG consent (default 16)
 * @param votingMethod                 how a group votes on its topics unless it chooses otherwise (default dot voting)
 * @param votesPerParticipant          dots per participant in dot voting (default 3)
 * @param maximumVotesPerTopic         dots one participant may put on one topic (default 2)
 * @param topTopics                    how many topics go into the manifesto at most (default 5)
 * @param approvalMajorityPercent      the manifesto is approved when more than this percentage of the participants votes
 *                                     for it (default 50: a majority of the group, not of the votes cast)
 * @param commitmentAnswerTime         the deadline of a toezegging given without one, after the day it was made (default
 *                                     8 weeks)
 * @param councilResponseWithin        how long after the hand-over the group may wait for a first response before the
 *                                     health check reports it (default 8 weeks)
 */
@API(status = API.Status.EXPERIMENTAL)
public record ManifestoGroupRules(int minimumParticipants, int maximumParticipants, int minimumAge, int maximumAge,
                                  int permissionToTakePartBelowAge, VotingMethod votingMethod, int votesPerParticipant,
                                  int maximumVotesPerTopic, int topTopics, int approvalMajorityPercent,
                                  Period commitmentAnswerTime, Period councilResponseWithin) {

    private static final ManifestoGroupRules DEFAULTS = new ManifestoGroupRules(12, 16, 12, 23, 16, VotingMethod.DOT_VOTING,
            3, 2, 5, 50, Period.ofWeeks(8), Period.ofWeeks(8));

    public ManifestoGroupRules {
        Checks.between(minimumParticipants, 1, 100, "minimumParticipants");
        Checks.between(maximumParticipants, 1, 100, "maximumParticipants");
        notBelow(maximumParticipants, "maximumParticipants", minimumParticipants, "minimumParticipants");
        Checks.between(minimumAge, 0, 120, "minimumAge");
        Checks.between(maximumAge, 0, 120, "maximumAge");
        notBelow(maximumAge, "maximumAge", minimumAge, "minimumAge");
        Checks.between(permissionToTakePartBelowAge, 0, 121, "permissionToTakePartBelowAge");
        InvalidValueException.requireNonNull(votingMethod, "votingMethod");
        Checks.between(votesPerParticipant, 1, 100, "votesPerParticipant");
        Checks.between(maximumVotesPerTopic, 1, 100, "maximumVotesPerTopic");
        notBelow(votesPerParticipant, "votesPerParticipant", maximumVotesPerTopic, "maximumVotesPerTopic");
        Checks.between(topTopics, 1, 100, "topTopics");
        Checks.between(approvalMajorityPercent, 1, 99, "approvalMajorityPercent");
        positive(commitmentAnswerTime, "commitmentAnswerTime");
        positive(councilResponseWithin, "councilResponseWithin");
    }

    /**
     * The library's defaults: 12 to 16 participants aged 12 to 23, a parent's permission to take part below 16, dot
     * voting with 3 dots and at most 2 on one topic, the top 5 topics, approval by more than half of the group, 8 weeks
     * for a toezegging without a deadline and for the council's first response.
     */
    public static ManifestoGroupRules defaults() {
        return DEFAULTS;
    }

    /** Whether {@code inFavour} votes approve the text in a group of {@code participants}: more than the percentage. */
    public boolean approves(int inFavour, int participants) {
        return participants > 0 && (long) inFavour * 100 > (long) approvalMajorityPercent * participants;
    }

    /** These rules with another group size. */
    public ManifestoGroupRules withGroupSize(int minimum, int maximum) {
        return new ManifestoGroupRules(minimum, maximum, minimumAge, maximumAge, permissionToTakePartBelowAge, votingMethod,
                votesPerParticipant, maximumVotesPerTopic, topTopics, approvalMajorityPercent, commitmentAnswerTime,
                councilResponseWithin);
    }

    /** These rules with another age range. */
    public ManifestoGroupRules withAgeRange(int minimum, int maximum) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimum, maximum, permissionToTakePartBelowAge,
                votingMethod, votesPerParticipant, maximumVotesPerTopic, topTopics, approvalMajorityPercent, commitmentAnswerTime,
                councilResponseWithin);
    }

    /** These rules with another age below which a parent's permission to take part is needed (0: never). */
    public ManifestoGroupRules withPermissionToTakePartBelowAge(int age) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge, age, votingMethod,
                votesPerParticipant, maximumVotesPerTopic, topTopics, approvalMajorityPercent, commitmentAnswerTime,
                councilResponseWithin);
    }

    /** These rules with another default voting method. */
    public ManifestoGroupRules withVotingMethod(VotingMethod method) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, method, votesPerParticipant, maximumVotesPerTopic, topTopics,
                approvalMajorityPercent, commitmentAnswerTime, councilResponseWithin);
    }

    /** These rules with other dot-voting limits. */
    public ManifestoGroupRules withDots(int perParticipant, int perTopic) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, votingMethod, perParticipant, perTopic, topTopics, approvalMajorityPercent,
                commitmentAnswerTime, councilResponseWithin);
    }

    /** These rules with another number of topics in the manifesto. */
    public ManifestoGroupRules withTopTopics(int top) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, votingMethod, votesPerParticipant, maximumVotesPerTopic, top,
                approvalMajorityPercent, commitmentAnswerTime, councilResponseWithin);
    }

    /** These rules with another approval majority: more than this percentage of the participants. */
    public ManifestoGroupRules withApprovalMajorityPercent(int percent) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, votingMethod, votesPerParticipant, maximumVotesPerTopic, topTopics, percent,
                commitmentAnswerTime, councilResponseWithin);
    }

    /** These rules with another default deadline for a toezegging. */
    public ManifestoGroupRules withCommitmentAnswerTime(Period time) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, votingMethod, votesPerParticipant, maximumVotesPerTopic, topTopics,
                approvalMajorityPercent, time, councilResponseWithin);
    }

    /** These rules with another wait for the council's first response. */
    public ManifestoGroupRules withCouncilResponseWithin(Period time) {
        return new ManifestoGroupRules(minimumParticipants, maximumParticipants, minimumAge, maximumAge,
                permissionToTakePartBelowAge, votingMethod, votesPerParticipant, maximumVotesPerTopic, topTopics,
                approvalMajorityPercent, commitmentAnswerTime, time);
    }

    private static void notBelow(int value, String name, int bound, String boundName) {
        if (value < bound) {
            throw new InvalidValueException(ValueRejection.ORDER_INVALID.code(), value, name, bound, boundName);
        }
    }

    private static void positive(Period value, String name) {
        InvalidValueException.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(ValueRejection.PERIOD_INVALID.code(), value, name);
        }
    }
}
