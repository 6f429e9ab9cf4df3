package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.Story.ANNA;
import static nl.participatie.burgersaanhetstuur.Story.ANNA_INITIATOR;
import static nl.participatie.burgersaanhetstuur.Story.BUURT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.Close;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.HandToPartner;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.testkit.ExpectedFiles;

/**
 * The municipality's portfolio of an area: every running initiative with its step, health and what it waits on, and
 * where the municipality is the blocker; as data and as Markdown in Dutch and English ({@code expected/portfolio.*.md}).
 */
class PortfolioTest {

    private static final NeighbourhoodCode ELDERS = NeighbourhoodCode.parse("BU03630205");

    /** Cycle 1 of the two-cycle story (waiting on the municipality's permit), one waiting on a corporation, one stuck, one elsewhere, one closed. */
    private static List<Initiative> initiatives() {
        var bloemenbuurt = TwoCycles.firstCycle();
        var mitros = Story.at(InitiativeStep.EXECUTION)
                .given(ANNA_INITIATOR, new HandToPartner(1, Partner.of(Partner.Kind.HOUSING_CORPORATION, "Mitros")));
        var stuck = Story.spec().given(ANNA_INITIATOR, new StartInitiative("Speeltuin *Zonnehoek*", BUURT, List.of(ANNA), null));
        var elsewhere = Story.spec().given(ANNA_INITIATOR, new StartInitiative("Moestuin", ELDERS, List.of(ANNA), null));
        var closed = Story.at(InitiativeStep.GOALS).given(ANNA_INITIATOR, new Close("klaar"));
        return List.of(mitros.state(), bloemenbuurt.state(), stuck.state(), elsewhere.state(), closed.state());
    }

    private static Instant now() {
        return TwoCycles.firstCycle().clock().instant().plus(Duration.ofDays(14));
    }

    @Test
    void onlyTheRunningInitiativesOfTheAreaTheLeastHealthyFirst() {
        Portfolio portfolio = Portfolio.of(initiatives(), Set.of(BUURT), now());
        assertThat(portfolio.entries()).extracting(e -> e.title().orElse("")).containsExactly(
                "Schone Bloemenbuurt", "Speeltuin *Zonnehoek*", "Schone Bloemenbuurt");
        assertThat(portfolio.entries()).extracting(Portfolio.Entry::health).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(Portfolio.of(initiatives(), Set.of(), now()).entries()).as("every neighbourhood").hasSize(4);
        assertThat(Portfolio.of(initiatives(), Set.of(ELDERS), now()).entries()).singleElement()
                .satisfies(e -> assertThat(e.waitingOn()).isEmpty());
    }

    @Test
    void whereTheMunicipalityIsTheBlocker() {
        Portfolio portfolio = Portfolio.of(initiatives(), Set.of(BUURT), now());
        assertThat(portfolio.municipalityBlocks()).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo(InitiativeStep.NEW_GOALS);
            assertThat(e.waitingOn()).singleElement().satisfies(w -> {
                assertThat(w.action()).isEqualTo(2);
                assertThat(w.partner().isMunicipality()).isTrue();
                assertThat(w.days()).isGreaterThan(100);
            });
        });
    }

    @Test
    void asMarkdownInDutchAndEnglish() {
        Portfolio portfolio = Portfolio.of(initiatives(), Set.of(BUURT), now());
        SoftAssertions.assertSoftly(soft -> {
            soft.check(() -> ExpectedFiles.EXPECTED.assertMatches("portfolio.nl.md", portfolio.toMarkdown(Locale.forLanguageTag("nl"))));
            soft.check(() -> ExpectedFiles.EXPECTED.assertMatches("portfolio.en.md", portfolio.toMarkdown(Locale.ENGLISH)));
        });
    }

    @Test
    void anEmptyAreaSaysSo() {
        String markdown = Portfolio.of(List.of(), Set.of(BUURT), now()).toMarkdown(Locale.ENGLISH);
        assertThat(markdown).contains("No initiative is running in this area.").contains("No initiative is waiting on the municipality.");
    }
}
