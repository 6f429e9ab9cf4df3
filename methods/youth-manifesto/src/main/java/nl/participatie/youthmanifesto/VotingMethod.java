package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * How a group prioritises its topics (<i>stemmethode</i>); the group's choice, with the municipality's default in
 * {@link ManifestoGroupRules#votingMethod()}. How ballots are counted and ties broken is {@link Prioritisation}'s.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum VotingMethod {
    /**
     * Dot voting (<i>stippen plakken</i>): each participant spreads up to {@link ManifestoGroupRules#votesPerParticipant()}
     * dots over the topics, at most {@link ManifestoGroupRules#maximumVotesPerTopic()} on one.
     */
    DOT_VOTING,
    /** Ranking (<i>rangschikken</i>): each participant puts topics in order of preference, counted as a Borda count. */
    RANKING;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.VOTING_METHOD_DOT_VOTING),
        Catalogue.text(LabelText.VOTING_METHOD_RANKING)};

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
