package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.DutchTime;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.WorkingDays;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.RdPoint;

/** The method's value types, the category tree, service levels and boundaries. */
class ValuesAndConfigurationTest {

    @Test
    void valueTypesValidateAndReadAsStrings() {
        assertThat(QualityLevel.parse(" a+ ")).isEqualTo(QualityLevel.A_PLUS);
        assertThat(QualityLevel.A.isAtLeast(QualityLevel.B)).isTrue();
        assertThat(QualityLevel.C.isAtLeast(QualityLevel.B)).isFalse();
        assertThatThrownBy(() -> QualityLevel.parse("E")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Theme.of("Groen!")).isInstanceOf(InvalidValueException.class);
        assertThat(Theme.of("speelplekken").label()).isEqualTo(LocalizedText.of("speelplekken", "speelplekken"));
        assertThat(CategoryCode.parse("afval/grofvuil")).isEqualTo(CategoryCode.of("afval", "grofvuil"));
        assertThatThrownBy(() -> CategoryCode.parse("afval")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> HouseholdRef.of("adres Javastraat 12")).isInstanceOf(InvalidValueException.class);
        ParticipatieJson json = ParticipatieJson.defaults();
        assertThat(json.write(QualityLevel.A_PLUS)).isEqualTo("\"A+\"");
        assertThat(json.read("\"afval/grofvuil\"", CategoryCode.class)).isEqualTo(CategoryCode.of("afval", "grofvuil"));
        assertThatThrownBy(() -> json.read("{\"@type\":\"buurtschouw.themes-chosen.v1\",\"themes\":[\"Groen!\"]}", CampaignEvent.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("buurtschouw.theme.invalid");
                    assertThat(e.path()).isEqualTo("$.themes[0]");
                });
    }

    @Test
    void anEnumIsReadByItsNameOnlyNeverByItsOrdinal() throws Exception {
        ParticipatieJson json = ParticipatieJson.defaults();
        String golden;
        try (var in = getClass().getResourceAsStream("/golden/buurtschouw.report-filed.v2.json")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(json.read(golden, ReportEvent.class)).isNotNull();
        for (String ordinal : new String[] {"1", "\"1\""}) {
            String hostile = golden.replace("\"kind\":\"PROBLEM\"", "\"kind\":" + ordinal);
            assertThat(hostile).isNotEqualTo(golden);
            assertThatThrownBy(() -> json.read(hostile, ReportEvent.class)).as("kind %s", ordinal)
                    .isInstanceOfSatisfying(JsonReadException.class, e -> {
                        assertThat(e.code()).startsWith("json.");
                        assertThat(e.path()).isEqualTo("$.kind");
                    });
        }
    }

    @Test
    void theDefaultTreeIsModelledOnSignalensMainCategories() {
        CategoryTree tree = CategoryTree.defaults();
        assertThat(tree.mains()).extracting(CategoryTree.MainCategory::slug).containsExactly("afval", "wegen-verkeer-straatmeubilair",
                "overlast-in-de-openbare-ruimte", "openbaar-groen-en-water", "overlast-van-dieren", "overlast-van-en-door-personen-of-groepen",
                "overlast-bedrijven-en-horeca", "overlast-op-het-water", "overig");
        assertThat(tree.subCategories()).allSatisfy(s -> {
            assertThat(s.handlingMessage().nl()).isNotBlank();
            assertThat(s.handlingMessage().en()).isNotBlank();
        });
        assertThat(tree.findBySlug("grofvuil")).map(CategoryTree.SubCategory::code).contains(CategoryCode.of("afval", "grofvuil"));
        assertThat(tree.find(CategoryCode.of("afval", "boom"))).isEmpty();
    }

    @Test
    void aMunicipalitysTreeIsValidatedEagerly() {
        CategoryTree.SubCategory bin = CategoryTree.defaults().findBySlug("grofvuil").orElseThrow();
        assertThatThrownBy(() -> CategoryTree.of(List.of(new CategoryTree.MainCategory("afval", bin.name(), List.of(bin, bin)))))
                .hasMessageContaining("'grofvuil' appears twice");
        assertThatThrownBy(() -> CategoryTree.of(List.of(new CategoryTree.MainCategory("overig", bin.name(), List.of(bin)))))
                .hasMessageContaining("listed under 'overig'");
        assertThatThrownBy(() -> CategoryTree.of(List.of(new CategoryTree.MainCategory("afval", bin.name(), List.of()))))
                .hasMessageContaining("no subcategories");
        CategoryTree own = CategoryTree.of(List.of(new CategoryTree.MainCategory("afval", bin.name(), List.of(bin))));
        assertThat(own.subCategories()).containsExactly(bin);
    }

    @Test
    void serviceLevelsCountCalendarOrWorkingDaysInTheMunicipalitysZone() {
        Instant friday = Instant.parse("2026-04-24T15:00:00Z");
        assertThat(ServiceLevel.calendarDays(2).expectedBy(friday, DutchTime.ZONE, WorkingDays.national()))
                .isEqualTo(Instant.parse("2026-04-26T15:00:00Z"));
        // King's Day, Monday 27 April 2026, is a national holiday: 1 working day after Friday is Tuesday.
        assertThat(ServiceLevel.workingDays(1).expectedBy(friday, DutchTime.ZONE, WorkingDays.national()))
                .isEqualTo(Instant.parse("2026-04-28T15:00:00Z"));
        // A municipality's own closing day counts too: Tuesday closed, so Wednesday.
        assertThat(ServiceLevel.workingDays(1).expectedBy(friday, DutchTime.ZONE,
                ReportRules.defaults().withHolidays(Set.of(LocalDate.of(2026, 4, 28))).workingDays()))
                .isEqualTo(Instant.parse("2026-04-29T15:00:00Z"));
        // Across the change to summer time the local time of day is kept.
        assertThat(ServiceLevel.calendarDays(1).expectedBy(Instant.parse("2026-03-28T12:00:00Z"), DutchTime.ZONE, WorkingDays.national()))
                .isEqualTo(Instant.parse("2026-03-29T11:00:00Z"));
        assertThat(ServiceLevel.workingDays(5).label()).isEqualTo(LocalizedText.of("5 werkdagen", "5 working days"));
        assertThatThrownBy(() -> ServiceLevel.calendarDays(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void boundariesInRdNewFindTheNeighbourhoodOfAWgs84Point() {
        GeoPoint javaplein = GeoPoint.of(52.3640, 4.9405);
        RdPoint rd = javaplein.toRd();
        String square = String.format(java.util.Locale.ROOT, "POLYGON ((%1$.0f %2$.0f, %3$.0f %2$.0f, %3$.0f %4$.0f, %1$.0f %4$.0f, %1$.0f %2$.0f))",
                rd.x() - 100, rd.y() - 100, rd.x() + 100, rd.y() + 100);
        NeighbourhoodBoundaries boundaries = NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.RD_NEW)
                .add(NeighbourhoodCode.parse("BU03633201"), square).build();
        assertThat(boundaries.neighbourhoodOf(javaplein)).contains(NeighbourhoodCode.parse("BU03633201"));
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.3660, 4.9405))).isEmpty();
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(48.85, 2.35))).as("Paris: outside RD").isEmpty();
    }

    @Test
    void badBoundariesFailWhenBuilt() {
        NeighbourhoodBoundaries.Builder b = NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.WGS84);
        assertThatThrownBy(() -> b.add(NeighbourhoodCode.parse("BU03633101"), "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"))
                .hasMessageContaining("not a valid polygon");
        assertThatThrownBy(() -> b.add(NeighbourhoodCode.parse("BU03633101"), "LINESTRING (0 0, 1 1)")).hasMessageContaining("(multi)polygon");
        assertThatThrownBy(() -> b.add(NeighbourhoodCode.parse("BU03633101"), "POLYGON ((")).hasMessageContaining("no valid WKT");
        assertThatThrownBy(b::build).hasMessageContaining("No neighbourhood boundaries");
    }

    @Test
    void rulesAreValidated() {
        assertThatThrownBy(() -> CampaignRules.defaults().withMinimumCoreGroup(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportRules.defaults().withReactionWindow(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportRules.defaults().withTarget(Theme.GREEN, QualityLevel.A).targetFor(Theme.GREEN)).isEqualTo(QualityLevel.A);
        assertThat(ReportRules.defaults().targetFor(Theme.LITTER)).isEqualTo(QualityLevel.B);
    }

    @Test
    void boundariesSpeakPositionsAndWktAndKeepJtsInside() {
        for (Class<?> type : List.of(NeighbourhoodBoundaries.class, NeighbourhoodBoundaries.Builder.class)) {
            for (java.lang.reflect.Method m : type.getMethods()) {
                assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(m.getReturnType()),
                        java.util.Arrays.stream(m.getParameterTypes())).map(Class::getName))
                        .as("%s", m).noneMatch(name -> name.startsWith("org.locationtech"));
            }
        }
        List<double[]> square = List.of(new double[] {4.930, 52.358}, new double[] {4.939, 52.358}, new double[] {4.939, 52.366},
                new double[] {4.930, 52.366}, new double[] {4.930, 52.358});
        NeighbourhoodBoundaries boundaries = NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.WGS84)
                .add(WEST, List.of(List.of(square))).build();
        assertThat(boundaries.neighbourhoodOf(JAVASTRAAT)).contains(WEST);
        assertThatThrownBy(() -> NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.WGS84)
                .add(WEST, List.of(List.of(square.subList(0, 3))))).hasMessageContaining(WEST.toString());
    }
}
