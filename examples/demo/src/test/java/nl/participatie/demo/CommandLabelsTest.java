package nl.participatie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.support.StaticMessageSource;

import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.core.ProcessEngine;
import nl.participatie.demo.web.CommandForms;
import nl.participatie.demo.web.CommandLabels;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;

/**
 * The names on the command forms: given the demo's message bundles, every command the demo offers (every command of
 * every method's workflow) and every field of its form has a name in Dutch and in English, no key names a command or
 * field that does not exist, and a page shows them; given a missing key, the generated text.
 */
// The same context as DemoApplicationTest, so Spring's test context cache starts the demo once for both.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1")
class CommandLabelsTest {

    private static final List<String> BUNDLES = List.of("messages_nl.properties", "messages.properties");

    @LocalServerPort
    int port;
    @Autowired
    List<ProcessEngine<?, ?, ?>> engines;

    @Test
    void everyCommandTheDemoOffersAndEveryFieldOfItsFormHasANameInBothBundles() throws IOException {
        Set<Class<?>> offered = offered();
        assertThat(offered).as("the commands of the five methods' workflows").contains(InitiativeCommand.AdvanceStep.class,
                CampaignCommand.StartCampaign.class, ReportCommand.FileReport.class, ManifestoGroupCommand.StartGroup.class,
                BudgetRoundCommand.StartRound.class, TrajectoryCommand.DraftTrajectory.class);
        List<String> missing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties keys = load(bundle);
            for (Class<?> command : offered) {
                if (!keys.containsKey(CommandLabels.commandKey(command))) {
                    missing.add(bundle + ": " + CommandLabels.commandKey(command));
                }
                for (CommandForms.Field field : CommandForms.form(command).orElse(List.of())) {
                    boolean shown = !field.kind().equals("absent");
                    if (shown && !keys.containsKey(CommandLabels.fieldKey(command, field.name()))
                            && !keys.containsKey(CommandLabels.fieldKey(field.name()))) {
                        missing.add(bundle + ": " + CommandLabels.fieldKey(field.name()) + " (" + command.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys missing").isEmpty();
    }

    @Test
    void everyKeyNamesACommandOrAFieldOfOneAndBothBundlesHaveTheSameKeys() throws IOException {
        Set<Class<?>> commands = new LinkedHashSet<>();
        for (Class<?> command : offered()) {
            // The whole sealed family: a command the workflow does not (yet) offer may be named before it is.
            Arrays.stream(command.getInterfaces()).filter(Class::isSealed)
                    .forEach(family -> commands.addAll(Arrays.asList(family.getPermittedSubclasses())));
        }
        Set<String> known = new TreeSet<>();
        for (Class<?> command : commands) {
            known.add(CommandLabels.commandKey(command));
            for (var component : command.getRecordComponents()) {
                known.add(CommandLabels.fieldKey(component.getName()));
                known.add(CommandLabels.fieldKey(command, component.getName()));
            }
        }
        Set<String> nl = formKeys(load("messages_nl.properties"));
        Set<String> en = formKeys(load("messages.properties"));
        Set<String> unknown = new TreeSet<>(nl);
        unknown.addAll(en);
        unknown.removeAll(known);
        assertThat(unknown).as("keys naming no command or field").isEmpty();
        assertThat(en).isEqualTo(nl);
    }

    @Test
    void aPageNamesTheFormsInDutchFirstAndInEnglishOnRequest() throws Exception {
        String dutch = get("/burgers-aan-het-stuur", "RESIDENT");
        assertThat(dutch).contains("<legend>Initiatief starten</legend>", "<button type=\"submit\">Initiatief starten</button>",
                "<label for=\"new-StartInitiative-title\">Titel</label>",
                "<label for=\"new-StartInitiative-initiators\">Initiatiefnemers</label>",
                "<input type=\"text\" id=\"new-StartInitiative-title\" name=\"title\"");
        String english = get("/burgers-aan-het-stuur?lang=en", "RESIDENT");
        assertThat(english).contains("<legend>Start an initiative</legend>", "<label for=\"new-StartInitiative-title\">Title</label>");
        String instance = get("/i/burgersaanhetstuur.initiative/moestuin-zuidoost", "FACILITATOR");
        assertThat(instance).contains("<legend>Terug naar een eerdere stap</legend>", "<label for=\"GoBack-to\">Naar stap</label>",
                "<option value=\"ACTION_PLAN\">Actieplan maken (ACTION_PLAN)</option>");
    }

    @Test
    void aCommandOrFieldWithoutAKeyKeepsItsGeneratedNameAndAnOwnKeyComesBeforeTheSharedOne() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("field.to", Locale.forLanguageTag("nl"), "Naar stap");
        messages.addMessage("field.GoBack.to", Locale.forLanguageTag("nl"), "Terug naar stap");
        CommandLabels labels = new CommandLabels(messages);
        Locale nl = Locale.forLanguageTag("nl");

        assertThat(labels.command(InitiativeCommand.AdvanceStep.class, nl)).isEqualTo("Advance step");
        assertThat(labels.field(InitiativeCommand.AdvanceStep.class, "to", nl)).isEqualTo("Naar stap");
        assertThat(labels.field(InitiativeCommand.GoBack.class, "to", nl)).isEqualTo("Terug naar stap");
        assertThat(labels.field(InitiativeCommand.GoBack.class, "reason", nl)).isEqualTo("reason");
        assertThat(labels.offer(InitiativeCommand.GoBack.class, nl).fields())
                .extracting(CommandForms.Field::name, CommandForms.Field::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "Terug naar stap"),
                        org.assertj.core.groups.Tuple.tuple("reason", "reason"));
    }

    /** Every command of every workflow the demo runs an engine for. */
    private Set<Class<?>> offered() {
        return engines.stream().flatMap(e -> e.definition().workflow().commands().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> formKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("command.") || k.startsWith("field."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A bundle as Spring Boot reads it: UTF-8. */
    private static Properties load(String bundle) throws IOException {
        Properties keys = new Properties();
        try (InputStream in = CommandLabelsTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return keys;
    }

    private String get(String path, String persona) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "demo-persona=" + persona).build();
        HttpResponse<String> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }
}
