package nl.participatie.core.sample;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why the sample petition (<i>verzoekschrift</i>) refuses a command: codes of a process for the library's own tests,
 * not of a method.
 */
@API(status = API.Status.INTERNAL)
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
