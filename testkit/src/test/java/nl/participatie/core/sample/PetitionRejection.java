package nl.participatie.core.sample;

import nl.participatie.core.Code;

/** Why the sample petition refuses a command. */
public enum PetitionRejection implements Code {
    TITLE_MISSING("sample.title-missing"),
    DEADLINE_IN_PAST("sample.deadline-in-past"),
    ALREADY_SUPPORTED("sample.already-supported");

    private final String code;

    PetitionRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
