package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Money;

/** The CSV import: a good file, every kind of bad row reported by line, a file without a scale refused, nothing half-imported. */
class BudgetImportTest {

    private static final String HEADER = "id;taakveld;programme;area;lasten;baten\n";

    @Test
    void aGoodFileInThousandsIsReadExactly() {
        BudgetImport.Result r = BudgetImport.read("scale;thousands\n" + HEADER
                + "armoede-1;6.3;Armoede en schulden;;1.234,5;120\n"
                + "jeugd-1;6.751;\"Jeugd; gezin\";BU03070101;2500;\n"
                + "wmo-1;6.60;Zorg;WK030701;0,00001;0\n", Fixtures.GM, 2025);
        assertThat(r.problems()).isEmpty();
        assertThat(r.scale()).isEqualTo(Scale.THOUSANDS);
        assertThat(r.budget().lines()).extracting(BudgetLine::id, l -> l.lasten(), l -> l.baten(), BudgetLine::programme).containsExactly(
                tuple("armoede-1", Money.of("1234500.00"), Money.of("120000.00"), "Armoede en schulden"),
                tuple("jeugd-1", Money.of("2500000.00"), Money.ZERO, "Jeugd; gezin"),
                tuple("wmo-1", Money.of("0.01"), Money.ZERO, "Zorg"));
    }

    @Test
    void aGoodFileInEurosWithGroupedAmounts() {
        BudgetImport.Result r = BudgetImport.read("schaal;euros\r\n" + HEADER.replace("\n", "\r\n") + "a;0.1;Bestuur;;1.234.567,89;-12,5\r\n",
                Fixtures.GM, 2026);
        assertThat(r.budget().lines()).singleElement().satisfies(l -> {
            assertThat(l.lasten()).isEqualTo(Money.of("1234567.89"));
            assertThat(l.baten()).isEqualTo(Money.of("-12.50"));
        });
    }

    @Test
    void everyBadRowIsReportedByLineAndNothingIsImported() {
        BudgetImport.Result r = BudgetImport.read("scale;euros\n" + HEADER
                + "ok;6.3;Armoede;;100;0\n"
                + "wijkteam;6.2;Zorg;;100;0\n"             // 6.2 does not exist in 2025
                + "nul;6.6;Zorg;;100;0\n"                  // 6.6 is not 6.60
                + "bedrag;6.3;Armoede;;1,234.56;0\n"       // an English amount
                + "centen;6.3;Armoede;;1,234;0\n"          // a tenth of a cent
                + "gebied;6.3;Armoede;BU123;100;0\n"       // not a CBS code
                + "kort;6.3;Armoede;100;0\n"               // a column missing
                + "ok;6.3;Armoede;;100;0\n"                // the id again
                + "code;6,3;Armoede;;100;0\n", Fixtures.GM, 2025);
        assertThat(r.budget()).isNull();
        assertThat(r.problems()).extracting(BudgetImport.Problem::line, BudgetImport.Problem::code, BudgetImport.Problem::column).containsExactly(
                tuple(4, "budgetmonitoring.taakveld-not-in-year", "taakveld"),
                tuple(5, "budgetmonitoring.taakveld-not-in-year", "taakveld"),
                tuple(6, "budgetmonitoring.amount-invalid", "lasten"),
                tuple(7, "budgetmonitoring.amount-too-precise", "lasten"),
                tuple(8, "budgetmonitoring.area-invalid", "area"),
                tuple(9, "budgetmonitoring.column-missing", ""),
                tuple(10, "budgetmonitoring.line-id-invalid", "id"),
                tuple(11, "budgetmonitoring.taakveld-invalid", "taakveld"));
        assertThat(r.problems().get(0).text().nl()).isEqualTo("taakveld 6.2 bestaat niet in begrotingsjaar 2025");
    }

    @Test
    void theSameCodeIsGoodInTheYearsItExists() {
        assertThat(BudgetImport.read("scale;euros\n" + HEADER + "w;6.2;Zorg;;100;0\n", Fixtures.GM, 2022).isValid()).isTrue();
        assertThat(BudgetImport.read("scale;euros\n" + HEADER + "w;6.60;Zorg;;100;0\n", Fixtures.GM, 2024).isValid()).isFalse();
    }

    @Test
    void aFileWithoutAScaleIsRefusedAsAWhole() {
        BudgetImport.Result r = BudgetImport.read(HEADER + "a;6.3;Armoede;;100;0\n", Fixtures.GM, 2026);
        assertThat(r.budget()).isNull();
        assertThat(r.problems()).extracting(BudgetImport.Problem::line, BudgetImport.Problem::code)
                .containsExactly(tuple(1, "budgetmonitoring.scale-missing"));
    }

    @Test
    void aWrongScaleIsRefused() {
        assertThat(BudgetImport.read("scale;millions\n" + HEADER, Fixtures.GM, 2026).problems())
                .extracting(BudgetImport.Problem::code).containsExactly("budgetmonitoring.scale-invalid");
    }

    @Test
    void aMissingHeaderColumnAndAnUnclosedQuoteAreRefused() {
        assertThat(BudgetImport.read("scale;euros\nid;taakveld;lasten\n", Fixtures.GM, 2026).problems())
                .extracting(BudgetImport.Problem::line, BudgetImport.Problem::code).containsExactly(tuple(2, "budgetmonitoring.column-missing"));
        assertThat(BudgetImport.read("scale;euros\n" + HEADER + "a;6.3;\"Armoede;;100;0\n", Fixtures.GM, 2026).problems())
                .extracting(BudgetImport.Problem::line, BudgetImport.Problem::code).containsExactly(tuple(3, "budgetmonitoring.csv-malformed"));
    }
}
