package nl.participatie.youthmanifesto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;

/**
 * How the council or the executive responds to the manifesto (<i>raadsinstrument</i>): through its real instruments, as
 * the griffie registers them, each linked to one or more actions ({@link ManifestoGroupCommand.RecordCouncilResponse}).
 * <ul>
 *   <li>{@link Motie}: a council resolution, adopted or rejected by vote, with the vote per party;</li>
 *   <li>{@link Amendement}: a change to a draft council decision, adopted or rejected the same way;</li>
 *   <li>{@link Toezegging}: an alderman's commitment in a meeting, with a deadline (the griffie's list of
 *       commitments); without one, {@link ManifestoGroupRules#commitmentAnswerTime()} after it was made;</li>
 *   <li>{@link WrittenAnswer}: a written answer of the executive (<i>raadsinformatiebrief</i>, letter);</li>
 *   <li>{@link Referral}: the manifesto or an action referred to a council committee;</li>
 *   <li>{@link RaadsadresAnswer}: the answer to the manifesto as a letter to the council (<i>raadsadres</i>).</li>
 * </ul>
 * A rejected motie or amendement needs the reason: a rejection without one is refused.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface CouncilInstrument {

    /** The day of the vote, the commitment, the answer or the referral. */
    LocalDate date();

    /** What kind of instrument it is. */
    Kind kind();

    /** The kinds of instrument. */
    enum Kind {
        /** <i>Motie</i>. */
        MOTIE,
        /** <i>Amendement</i>. */
        AMENDEMENT,
        /** <i>Toezegging</i>. */
        TOEZEGGING,
        /** A written answer. */
        WRITTEN_ANSWER,
        /** A referral to a committee. */
        REFERRAL,
        /** The answer to a <i>raadsadres</i>. */
        RAADSADRES_ANSWER;

        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.INSTRUMENT_MOTIE),
            Catalogue.text(LabelText.INSTRUMENT_AMENDEMENT),
            Catalogue.text(LabelText.INSTRUMENT_TOEZEGGING),
            Catalogue.text(LabelText.INSTRUMENT_WRITTEN_ANSWER),
            Catalogue.text(LabelText.INSTRUMENT_REFERRAL),
            Catalogue.text(LabelText.INSTRUMENT_RAADSADRES_ANSWER)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }

    /** Whether a motie or amendement was adopted (<i>aangenomen</i>) or rejected (<i>verworpen</i>). */
    enum Result {
        /** Adopted: more votes for than against. */
        ADOPTED,
        /** Rejected: not more votes for than against (a tie rejects, art. 32 Gemeentewet after a second vote). */
        REJECTED;

        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.VOTE_RESULT_ADOPTED),
            Catalogue.text(LabelText.VOTE_RESULT_REJECTED)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }

    /**
     * What the council voted on: a motie or an amendement, with who submitted it, the vote per party and the result.
     */
    sealed interface CouncilVote extends CouncilInstrument {
        /** Its title as the griffie registered it. */
        String title();

        /** Its document in the council information system; {@code null} when not known. */
        RisId document();

        /** The day of the vote. */
        LocalDate votedOn();

        /** Adopted or rejected. */
        Result result();

        /** The parties that submitted it (<i>indieners</i>). */
        List<Party> submittedBy();

        /** The vote per party. */
        List<PartyVote> votes();

        /** Why it was rejected (required then), or what was said on adopting it; may be empty when adopted. */
        String reason();

        @Override
        default LocalDate date() {
            return votedOn();
        }

        /** The seats for, over every party. */
        default int seatsFor() {
            int sum = 0;
            for (PartyVote v : votes()) {
                sum += v.seatsFor();
            }
            return sum;
        }

        /** The seats against, over every party. */
        default int seatsAgainst() {
            int sum = 0;
            for (PartyVote v : votes()) {
                sum += v.seatsAgainst();
            }
            return sum;
        }
    }

    /**
     * A motie (council resolution) on one or more actions.
     *
     * @param title       its title
     * @param document    its document in the RIS; may be {@code null}
     * @param votedOn     the day of the vote
     * @param result      adopted or rejected
     * @param submittedBy the parties that submitted it
     * @param votes       the vote per party
     * @param reason      why it was rejected (required then); may be empty when adopted
     */
    record Motie(@NotBlank @Size(max = 300) String title, RisId document, @NotNull LocalDate votedOn, @NotNull Result result,
                 @NotNull @Size(max = 30) List<@NotNull Party> submittedBy,
                 @NotEmpty @Size(max = 30) List<@NotNull @Valid PartyVote> votes,
                 @NotNull @Size(max = 2000) String reason) implements CouncilVote {
        public Motie {
            InvalidValueException.requireNonNull(title, "title");
            submittedBy = Checks.commandList(InvalidValueException.requireNonNull(submittedBy, "submittedBy"));
            votes = Checks.commandList(InvalidValueException.requireNonNull(votes, "votes"));
            InvalidValueException.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.MOTIE;
        }
    }

    /**
     * An amendement (change to a draft council decision, e.g. the budget) on one or more actions.
     *
     * @param title       its title
     * @param document    its document in the RIS; may be {@code null}
     * @param votedOn     the day of the vote
     * @param result      adopted or rejected
     * @param submittedBy the parties that submitted it
     * @param votes       the vote per party
     * @param reason      why it was rejected (required then); may be empty when adopted
     */
    record Amendement(@NotBlank @Size(max = 300) String title, RisId document, @NotNull LocalDate votedOn, @NotNull Result result,
                      @NotNull @Size(max = 30) List<@NotNull Party> submittedBy,
                      @NotEmpty @Size(max = 30) List<@NotNull @Valid PartyVote> votes,
                      @NotNull @Size(max = 2000) String reason) implements CouncilVote {
        public Amendement {
            InvalidValueException.requireNonNull(title, "title");
            submittedBy = Checks.commandList(InvalidValueException.requireNonNull(submittedBy, "submittedBy"));
            votes = Checks.commandList(InvalidValueException.requireNonNull(votes, "votes"));
            InvalidValueException.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.AMENDEMENT;
        }
    }

    /**
     * An alderman's commitment (toezegging), as on the griffie's list of commitments.
     *
     * @param commitment what was promised
     * @param alderman   who promised it (an opaque id; the name comes from {@link Names})
     * @param madeOn     the day it was made, in a council or committee meeting
     * @param deadline   by when; {@code null} in a command for the municipality's default
     *                   ({@link ManifestoGroupRules#commitmentAnswerTime()} after {@code madeOn}), always set once recorded
     */
    record Toezegging(@NotBlank @Size(max = 2000) String commitment, @NotNull PersonId alderman, @NotNull LocalDate madeOn,
                      LocalDate deadline) implements CouncilInstrument {
        public Toezegging {
            InvalidValueException.requireNonNull(commitment, "commitment");
            InvalidValueException.requireNonNull(alderman, "alderman");
            InvalidValueException.requireNonNull(madeOn, "madeOn");
        }

        @Override
        public LocalDate date() {
            return madeOn;
        }

        @Override
        public Kind kind() {
            return Kind.TOEZEGGING;
        }

        Toezegging withDeadline(LocalDate value) {
            return new Toezegging(commitment, alderman, madeOn, value);
        }
    }

    /**
     * A written answer of the executive.
     *
     * @param summary    what it says
     * @param document   the letter in the RIS; may be {@code null}
     * @param answeredOn the day of the answer
     */
    record WrittenAnswer(@NotBlank @Size(max = 2000) String summary, RisId document, @NotNull LocalDate answeredOn)
            implements CouncilInstrument {
        public WrittenAnswer {
            InvalidValueException.requireNonNull(summary, "summary");
            InvalidValueException.requireNonNull(answeredOn, "answeredOn");
        }

        @Override
        public LocalDate date() {
            return answeredOn;
        }

        @Override
        public Kind kind() {
            return Kind.WRITTEN_ANSWER;
        }
    }

    /**
     * A referral to a council committee.
     *
     * @param committee  the committee, e.g. "commissie Mens en Samenleving"
     * @param referredOn the day of the referral
     */
    record Referral(@NotBlank @Size(max = 200) String committee, @NotNull LocalDate referredOn) implements CouncilInstrument {
        public Referral {
            InvalidValueException.requireNonNull(committee, "committee");
            InvalidValueException.requireNonNull(referredOn, "referredOn");
        }

        @Override
        public LocalDate date() {
            return referredOn;
        }

        @Override
        public Kind kind() {
            return Kind.REFERRAL;
        }
    }

    /**
     * The answer to the manifesto as a raadsadres (a letter to the council), by the council or the executive on its
     * behalf.
     *
     * @param summary    what it says
     * @param document   the answer in the RIS; may be {@code null}
     * @param answeredOn the day of the answer
     */
    record RaadsadresAnswer(@NotBlank @Size(max = 2000) String summary, RisId document, @NotNull LocalDate answeredOn)
            implements CouncilInstrument {
        public RaadsadresAnswer {
            InvalidValueException.requireNonNull(summary, "summary");
            InvalidValueException.requireNonNull(answeredOn, "answeredOn");
        }

        @Override
        public LocalDate date() {
            return answeredOn;
        }

        @Override
        public Kind kind() {
            return Kind.RAADSADRES_ANSWER;
        }
    }
}
