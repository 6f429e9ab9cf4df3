package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.participatie.core.API;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * An expected transition table written by hand (<i>overgangstabel</i>) in
 * {@code src/test/resources/transitions/<aggregate>.csv}, one line per {@code step;command;roles} (roles separated by
 * spaces, a header line first, {@code #} for comments), held against a workflow for every step × command × role. The
 * table is written from the method's description, never generated from the workflow it checks, so a change of the
 * workflow shows up as a change of a reviewed file.
 *
 * <pre>{@code
 * TransitionTable table = TransitionTable.withRoles(REPORTER, CORE_GROUP, CIVIL_SERVANT, Role.SYSTEM);
 * assertThat(table.allowed(CAMPAIGNS.workflow(), CampaignStep.class, CampaignCommand.class))
 *         .isEqualTo(TransitionTable.expected("campaign.csv"));
 * }</pre>
 *
 * @param roles the roles to try in every step, for every command
 */
@API(status = API.Status.EXPERIMENTAL)
public record TransitionTable(List<Role> roles) {

    public TransitionTable {
        roles = List.copyOf(roles);
    }

    /** A table over these roles. */
    public static TransitionTable withRoles(Role... roles) {
        return new TransitionTable(List.of(roles));
    }

    /** The allowed moves of the file {@code transitions/<resource>} on the test class path, as {@code step;command;role}. */
    public static Set<String> expected(String resource) {
        Set<String> out = new TreeSet<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : TransitionTable.class.getClassLoader())
                .getResourceAsStream("transitions/" + resource)) {
            assertThat(in).as("transitions/%s on the test class path", resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] cells = line.split(";");
                assertThat(cells).as(line).hasSize(3);
                for (String role : cells[2].trim().split(" ")) {
                    assertThat(out.add(cells[0].trim() + ";" + cells[1].trim() + ";" + role)).as("twice: " + line).isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Every step × command × role of this table's roles that the workflow lets through, as {@code step;command;role}:
     * asked of {@link Workflow#check}, the decision the engine takes before a command reaches its decider, so the table
     * is held against what is enforced rather than against a reading of the rules.
     */
    public <S extends Enum<S>> Set<String> allowed(Workflow<S> workflow, Class<S> steps, Class<?> commands) {
        Set<String> out = new TreeSet<>();
        for (S step : steps.getEnumConstants()) {
            for (Class<?> command : commands.getPermittedSubclasses()) {
                for (Role role : roles) {
                    if (workflow.check(step, command, role).isEmpty()) {
                        out.add(step.name() + ";" + command.getSimpleName() + ";" + role.code());
                    }
                }
            }
        }
        return out;
    }
}
