package nl.participatie.examples.ownprocess;

import nl.participatie.core.json.TypedJacksonModule;

/**
 * The type ids of the play-spot process: stable names, versioned, never class names. Found by
 * {@code ParticipatieJson} through {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class PlaySpotJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    public PlaySpotJacksonModule() {
        super("gemeente-play-spot");
        family(PlaySpotRequests.Command.class);
        family(PlaySpotRequests.Event.class);
        type(PlaySpotRequests.Ask.class, "gemeente.play-spot.ask.v1");
        type(PlaySpotRequests.Assess.class, "gemeente.play-spot.assess.v1");
        type(PlaySpotRequests.Decide.class, "gemeente.play-spot.decide.v1");
        type(PlaySpotRequests.Asked.class, "gemeente.play-spot.asked.v1");
        type(PlaySpotRequests.AssessmentStarted.class, "gemeente.play-spot.assessment-started.v1");
        type(PlaySpotRequests.Decided.class, "gemeente.play-spot.decided.v1");
    }
}
