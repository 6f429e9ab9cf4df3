package nl.participatie.core.sample.json;

import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;

/**
 * Type ids of the sample petition (<i>verzoekschrift</i>), the process of the library's own tests. The test kit's jar
 * does not register it for {@link java.util.ServiceLoader}: a vendor's tests read no sample type ids unless they
 * register it, as the test kit's and participatie-jackson3's tests do in their own test resources.
 */
@API(status = API.Status.INTERNAL)
public final class SampleJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    public SampleJacksonModule() {
        super("participatie-sample");
        commands(PetitionCommand.class);
        family(PetitionEvent.class);
        type(PetitionCommand.Draft.class, "sample.draft.v1");
        type(PetitionCommand.Open.class, "sample.open.v1");
        type(PetitionCommand.Support.class, "sample.support.v1");
        type(PetitionCommand.Decide.class, "sample.decide.v1");
        type(PetitionCommand.Close.class, "sample.close.v1");
        type(PetitionCommand.Expire.class, "sample.expire.v1");
        type(PetitionEvent.Drafted.class, "sample.drafted.v2");
        type(PetitionEvent.Opened.class, "sample.opened.v1");
        type(PetitionEvent.Supported.class, "sample.supported.v1");
        type(PetitionEvent.Decided.class, "sample.decided.v1");
        type(PetitionEvent.Closed.class, "sample.closed.v1");
        type(PetitionEvent.Expired.class, "sample.expired.v1");
        // Version 1 of "drafted" called the title "name".
        upcast("sample.drafted.v1", "sample.drafted.v2", node -> {
            node.set("title", node.remove("name"));
            return node;
        });
    }
}
