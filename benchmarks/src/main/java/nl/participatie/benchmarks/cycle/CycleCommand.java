package nl.participatie.benchmarks.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The minimal command set of the benchmark's 8-step cycle: one command per transition, each with one validated
 * text. Stands in for the Burgers aan het stuur module in the "decider only" row.
 */
public sealed interface CycleCommand {

    /** The text the command carries. */
    String text();

    record DescribeSituation(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record SetGoals(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record PlanActions(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record AgreeResults(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record Execute(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record Measure(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record GiveAccount(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }

    record SetNewGoals(@NotBlank @Size(max = 2000) String text) implements CycleCommand {
    }
}
