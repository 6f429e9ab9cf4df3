package nl.participatie.samenspel;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * Frames declared for a phase (<i>kaderstelling</i>), first before any input and later changed with a reason.
 * A change after input counts as a broken promise unless the participants agreed.
 *
 * @param phase      the phase's code
 * @param frames     the frames
 * @param afterInput whether input had already been received in the phase
 * @param agreed     whether the participants agreed to the change
 * @param reason     why they changed; empty for the first declaration
 * @param at         when
 */
@API(status = API.Status.EXPERIMENTAL)
public record FramesDeclaration(String phase, Frames frames, boolean afterInput, boolean agreed, String reason, Instant at) {
    public FramesDeclaration {
        Checks.code(phase, "phase");
        InvalidValueException.requireNonNull(frames, "frames");
        InvalidValueException.requireNonNull(reason, "reason");
        InvalidValueException.requireNonNull(at, "at");
    }
}
