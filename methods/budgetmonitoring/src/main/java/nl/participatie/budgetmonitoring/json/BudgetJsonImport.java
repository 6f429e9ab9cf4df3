package nl.participatie.budgetmonitoring.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.participatie.budgetmonitoring.BudgetImport;
import nl.participatie.budgetmonitoring.BudgetImport.Entry;
import nl.participatie.budgetmonitoring.BudgetImport.Problem;
import nl.participatie.budgetmonitoring.Scale;
import nl.participatie.budgetmonitoring.ValueRejection;
import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Reads a budget from JSON (<i>begroting inlezen uit JSON</i>), beside the CSV import and with the same checks
 * ({@link BudgetImport#read(List, Scale, MunicipalityCode, int, List)}), all or nothing. The layout:
 *
 * <pre>{@code
 * {"scale": "thousands",
 *  "lines": [{"id": "armoede-1", "taakveld": "6.3", "programme": "Armoede en schulden", "area": null,
 *             "lasten": 1234.5, "baten": "120"}]}
 * }</pre>
 *
 * <p>{@code scale} is required ({@code euros} or {@code thousands}, as in CSV). Each element of {@code lines} has
 * {@code id}, {@code taakveld}, {@code programme} and {@code lasten}, and optionally {@code area} and {@code baten}
 * (null or absent for none). An amount is a JSON number, read exactly as a decimal with a decimal point, or a string
 * in the Dutch form ({@code "1.234,5"}); both at the declared scale. Other fields are refused, so a misspelt
 * {@code "lastne"} is not silently dropped. Every problem is reported with its position: the element's number in
 * {@code lines}, from 1 (0 for the document as a whole), and the field; when there is any, no budget is returned.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BudgetJsonImport {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** More digits before or after the point than any amount has. */
    private static final int MAX_DIGITS = 40;
    private static final Set<String> FIELDS = Set.of("id", "taakveld", "programme", "area", "lasten", "baten");
    private static final Set<String> REQUIRED = Set.of("id", "taakveld", "programme", "lasten");

    private BudgetJsonImport() {
    }

    /** Reads {@code json} as the budget of {@code municipality} for {@code year}, checking taakvelden against that year. */
    public static BudgetImport.Result read(String json, MunicipalityCode municipality, int year) {
        InvalidValueException.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException | NumberFormatException e) {
            // A number Jackson cannot hold as a BigDecimal (an exponent of many digits) is malformed JSON to this import.
            return failed(null, Problem.of(0, ValueRejection.JSON_MALFORMED, "", "$"));
        }
        if (root == null || !root.isObject()) {
            return failed(null, Problem.of(0, ValueRejection.JSON_MALFORMED, "", "$"));
        }
        JsonNode scaleNode = root.get("scale");
        if (scaleNode == null || scaleNode.isNull()) {
            return failed(null, Problem.of(0, ValueRejection.SCALE_MISSING, "scale", ""));
        }
        Scale scale;
        try {
            scale = Scale.named(scaleNode.isTextual() ? scaleNode.asText() : scaleNode.toString());
        } catch (InvalidValueException e) {
            return failed(null, new Problem(0, e.code(), "scale", e.text()));
        }
        JsonNode lines = root.get("lines");
        if (lines == null || !lines.isArray()) {
            return failed(scale, Problem.of(0, ValueRejection.COLUMN_MISSING, "lines", "lines", "scale, lines"));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("scale") && !name.equals("lines")) {
                return failed(scale, Problem.of(0, ValueRejection.JSON_MALFORMED, name, "$." + name));
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Entry entry = entry(lines.get(i), i + 1, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return BudgetImport.read(entries, scale, municipality, year, problems);
    }

    /** One element as an entry, or {@code null} with its problems added when it has the wrong shape. */
    private static Entry entry(JsonNode element, int position, List<Problem> problems) {
        String path = "$.lines[" + (position - 1) + "]";
        if (!element.isObject()) {
            problems.add(Problem.of(position, ValueRejection.JSON_MALFORMED, "", path));
            return null;
        }
        int before = problems.size();
        for (Iterator<Map.Entry<String, JsonNode>> fields = element.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!FIELDS.contains(field.getKey()) || !(value.isTextual() || value.isNull() || value.isNumber() && isAmount(field.getKey()))) {
                problems.add(Problem.of(position, ValueRejection.JSON_MALFORMED, field.getKey(), path + "." + field.getKey()));
            }
        }
        for (String required : REQUIRED) {
            JsonNode value = element.get(required);
            if (value == null || value.isNull()) {
                problems.add(Problem.of(position, ValueRejection.COLUMN_MISSING, required, required, String.join(", ", REQUIRED)));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Entry(position, text(element, "id"), text(element, "taakveld"), text(element, "programme"), text(element, "area"),
                text(element, "lasten"), text(element, "baten"));
    }

    private static boolean isAmount(String field) {
        return field.equals("lasten") || field.equals("baten");
    }

    /** A field as the text the checks read: a number in the Dutch form, so {@code 1234.5} is {@code 1234,5}. */
    private static String text(JsonNode element, String field) {
        JsonNode value = element.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            BigDecimal exact = value.decimalValue();
            // 1E999999999 is a short number whose plain form has a billion digits: no amount is that long, so such a
            // number keeps its short form, which the amount check refuses.
            boolean absurd = exact.precision() - exact.scale() > MAX_DIGITS || exact.scale() > MAX_DIGITS;
            return (absurd ? exact.toString() : exact.toPlainString()).replace('.', ',');
        }
        return value.asText();
    }

    private static BudgetImport.Result failed(Scale scale, Problem problem) {
        return new BudgetImport.Result(null, scale, List.of(problem));
    }
}
