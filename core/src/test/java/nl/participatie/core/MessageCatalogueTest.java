package nl.participatie.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.core.internal.Messages;

/** Every violation code of the library has a message in Dutch and in English. */
class MessageCatalogueTest {

    @Test
    void everyCodeHasBothLanguages() {
        Map<String, String> nl = Messages.catalogue("nl");
        Map<String, String> en = Messages.catalogue("en");
        assertThat(nl.keySet()).as("codes with a Dutch message").containsAll(en.keySet());
        assertThat(en.keySet()).as("codes with an English message")
                .containsAll(nl.keySet().stream().filter(k -> !k.startsWith("jakarta.validation.")).toList());
    }

    @Test
    void theEngineCodesAreInTheCatalogue() {
        for (String code : new String[] {"workflow.command-unknown", "workflow.step-not-allowed", "workflow.role-not-allowed",
                "json.limit", "json.unknown-type", "json.syntax", "value.required"}) {
            assertThat(Messages.hasBoth(code)).as(code).isTrue();
        }
    }

    @Test
    void messagesAreFilledInPerLanguage() {
        var text = Messages.text("workflow.role-not-allowed", "Decide", "OPEN", "RESIDENT", "OFFICER");
        assertThat(text.nl()).isEqualTo("Decide in stap OPEN mag niet worden uitgevoerd door rol RESIDENT; toegestane rollen: OFFICER");
        assertThat(text.en()).isEqualTo("Decide in step OPEN may not be fired by role RESIDENT; allowed roles: OFFICER");
    }
}
