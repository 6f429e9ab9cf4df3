package nl.participatie.budgetmonitoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.budgetmonitoring.BudgetImport;
import nl.participatie.budgetmonitoring.BudgetLine;
import nl.participatie.budgetmonitoring.Scale;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/** The JSON import: the CSV import's checks, every bad element reported by its position, nothing half-imported. */
class BudgetJsonImportTest {

    private static final MunicipalityCode GM = MunicipalityCode.parse("GM0307");

    private static List<Object> problems(BudgetImport.Result r) {
        List<Object> out = new ArrayList<>();
        r.problems().forEach(p -> out.add(tuple(p.line(), p.code(), p.column())));
        return out;
    }

    @Test
    void aGoodDocumentIsReadExactlyWithNumbersAndDutchAmounts() {
        // given a budget in thousands with an amount as a JSON number and one as a Dutch string
        String json = """
                {"scale": "thousands", "lines": [
                  {"id": "armoede-1", "taakveld": "6.3", "programme": "Armoede en schulden", "area": null, "lasten": 1234.5, "baten": "120"},
                  {"id": "jeugd-1", "taakveld": "6.751", "programme": "Jeugd", "area": "BU03070101", "lasten": "2.500,00001"},
                  {"id": "wmo-1", "taakveld": "6.60", "programme": "Zorg", "lasten": 0.1E1}
                ]}""";
        // when it is read
        BudgetImport.Result r = BudgetJsonImport.read(json, GM, 2025);
        // then every amount is exact at the scale
        assertThat(r.problems()).isEmpty();
        assertThat(r.scale()).isEqualTo(Scale.THOUSANDS);
        assertThat(r.budget().lines()).extracting(BudgetLine::id, BudgetLine::lasten, BudgetLine::baten).containsExactly(
                tuple("armoede-1", Money.of("1234500.00"), Money.of("120000.00")),
                tuple("jeugd-1", Money.of("2500000.01"), Money.ZERO),
                tuple("wmo-1", Money.of("1000.00"), Money.ZERO));
    }

    @Test
    void everyBadElementIsReportedByItsPositionAndNothingIsImported() {
        // given a document with a bad element of every kind
        String json = """
                {"scale": "euros", "lines": [
                  {"id": "ok", "taakveld": "6.3", "programme": "Armoede", "lasten": 100},
                  {"id": "wijkteam", "taakveld": "6.2", "programme": "Zorg", "lasten": 100},
                  {"id": "bedrag", "taakveld": "6.3", "programme": "Armoede", "lasten": "1,234.56"},
                  {"id": "centen", "taakveld": "6.3", "programme": "Armoede", "lasten": 0.001},
                  {"id": "gebied", "taakveld": "6.3", "programme": "Armoede", "area": "BU123", "lasten": 1},
                  {"id": "kort", "taakveld": "6.3", "programme": "Armoede"},
                  {"id": "ok", "taakveld": "6.3", "programme": "Armoede", "lasten": 1},
                  {"id": "typfout", "taakveld": "6.3", "programme": "Armoede", "lastne": 1, "lasten": 1},
                  {"id": 7, "taakveld": "6.3", "programme": "Armoede", "lasten": 1},
                  "geen object"
                ]}""";
        // when it is read
        BudgetImport.Result r = BudgetJsonImport.read(json, GM, 2025);
        // then there is no budget, and every problem names the element and the field
        assertThat(r.budget()).isNull();
        assertThat(problems(r)).containsExactly(
                tuple(2, "budgetmonitoring.taakveld-not-in-year", "taakveld"),
                tuple(3, "budgetmonitoring.amount-invalid", "lasten"),
                tuple(4, "budgetmonitoring.amount-too-precise", "lasten"),
                tuple(5, "budgetmonitoring.area-invalid", "area"),
                tuple(6, "budgetmonitoring.column-missing", "lasten"),
                tuple(7, "budgetmonitoring.line-id-invalid", "id"),
                tuple(8, "budgetmonitoring.json-malformed", "lastne"),
                tuple(9, "budgetmonitoring.json-malformed", "id"),
                tuple(10, "budgetmonitoring.json-malformed", ""));
        assertThat(r.problems().get(6).text().en()).contains("$.lines[7].lastne");
    }

    @Test
    void aDocumentWithoutScaleOrLinesOrNotJsonIsRefusedAsAWhole() {
        assertThat(problems(BudgetJsonImport.read("{\"lines\": []}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.scale-missing", "scale"));
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"miljoenen\", \"lines\": []}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.scale-invalid", "scale"));
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\"}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.column-missing", "lines"));
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\", \"lines\": [], \"extra\": 1}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.json-malformed", "extra"));
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\", \"lines\": [", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.json-malformed", ""));
        assertThat(problems(BudgetJsonImport.read("[1, 2]", GM, 2026))).containsExactly(tuple(0, "budgetmonitoring.json-malformed", ""));
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\", \"scale\": \"thousands\", \"lines\": []}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.json-malformed", ""));
    }

    @Test
    void aNumberWithAnExponentTooLongOrTooLargeForAnAmountIsAProblemNotAnException() {
        // Found by fuzzing: an exponent of many digits made Jackson throw a NumberFormatException out of the import.
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\", \"lines\": [{\"id\": \"a\", \"taakveld\": \"6.3\", "
                + "\"programme\": \"Armoede\", \"lasten\": 0.1E1133333333333333333333333}]}", GM, 2026)))
                .containsExactly(tuple(0, "budgetmonitoring.json-malformed", ""));
        // A short number whose plain form is a billion digits long is an invalid amount, at once.
        assertThat(problems(BudgetJsonImport.read("{\"scale\": \"euros\", \"lines\": [{\"id\": \"a\", \"taakveld\": \"6.3\", "
                + "\"programme\": \"Armoede\", \"lasten\": 1E999999999}]}", GM, 2026)))
                .containsExactly(tuple(1, "budgetmonitoring.amount-invalid", "lasten"));
    }

    @Test
    void theSameBudgetInCsvAndJsonGivesTheSameBudget() {
        // given one budget written both ways
        String csv = "scale;thousands\nid;taakveld;programme;area;lasten;baten\n"
                + "a;6.3;Armoede;;1.234,5;120\nb;6.751;Jeugd;WK030701;-2,25;\n";
        String json = "{\"scale\":\"thousands\",\"lines\":[{\"id\":\"a\",\"taakveld\":\"6.3\",\"programme\":\"Armoede\",\"lasten\":1234.5,"
                + "\"baten\":120},{\"id\":\"b\",\"taakveld\":\"6.751\",\"programme\":\"Jeugd\",\"area\":\"WK030701\",\"lasten\":-2.25}]}";
        // then both imports give it
        assertThat(BudgetJsonImport.read(json, GM, 2026).budget()).isEqualTo(BudgetImport.read(csv, GM, 2026).budget()).isNotNull();
    }
}
