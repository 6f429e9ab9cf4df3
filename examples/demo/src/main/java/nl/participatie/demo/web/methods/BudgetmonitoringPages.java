package nl.participatie.demo.web.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.participatie.budgetmonitoring.BudgetRound;
import nl.participatie.budgetmonitoring.BudgetRoundStep;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.budgetmonitoring.Comparison;
import nl.participatie.budgetmonitoring.Monitoring;
import nl.participatie.budgetmonitoring.Totals;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.web.InstanceDetails;

/**
 * Budgetmonitoring's round page: the budget by taakveld and by area against the residents' alternative (the
 * comparison), the council's decision, and the monitoring with its deviations, each as a chart (ECharts, served by
 * the application) and as a table with the same figures.
 */
@Component
public class BudgetmonitoringPages implements InstanceDetails {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Budgetmonitoring bm;

    public BudgetmonitoringPages(Budgetmonitoring bm) {
        this.bm = bm;
    }

    @Override
    public String streamType() {
        return BudgetmonitoringWorkflow.ROUNDS.streamType();
    }

    @Override
    public String fragment() {
        return "budget :: round";
    }

    @Override
    public void addTo(Model model, StreamId stream, Object state, Locale locale) {
        BudgetRound round = (BudgetRound) state;
        model.addAttribute("round", round);
        // The decision form is offered only where the workflow lets the persona's role record the council's decision now.
        nl.participatie.core.value.Actor actor = (nl.participatie.core.value.Actor) model.getAttribute("actor");
        model.addAttribute("decisionAllowed", actor != null && BudgetmonitoringWorkflow.ROUNDS.workflow()
                .check(round.step(), nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision.class, actor.role()).isEmpty());
        model.addAttribute("verdictOutcomes", List.of(nl.participatie.budgetmonitoring.Verdict.Outcome.values()));
        if (bm.data().budget(round.budget()) == null) {
            return;
        }
        Comparison comparison = bm.comparison(round);
        model.addAttribute("byTaakveld", comparison.byTaakveld());
        model.addAttribute("byArea", comparison.byArea());
        model.addAttribute("comparisonChart", chart(comparison.byTaakveld(), List.of(label(locale, "Gemeente", "Municipality"),
                label(locale, "Bewoners", "Residents"))));
        model.addAttribute("comparison", comparison.toMarkdown(locale));
        if (!round.realisations().isEmpty() && round.step() != BudgetRoundStep.NEW) {
            Monitoring monitoring = bm.monitoring(round);
            model.addAttribute("monitoringRows", monitoring.lines());
            model.addAttribute("flagged", monitoring.flagged());
            List<String> lines = new ArrayList<>();
            List<Object> adopted = new ArrayList<>();
            List<Object> realised = new ArrayList<>();
            List<Object> projected = new ArrayList<>();
            for (Monitoring.Row row : monitoring.lines()) {
                lines.add(row.line());
                adopted.add(euros(row.adopted()));
                realised.add(euros(row.realised()));
                projected.add(euros(row.projected()));
            }
            model.addAttribute("monitoringChart", json(Map.of("categories", lines, "series", List.of(
                    Map.of("name", label(locale, "Vastgesteld", "Adopted"), "data", adopted),
                    Map.of("name", label(locale, "Gerealiseerd", "Realised"), "data", realised),
                    Map.of("name", label(locale, "Verwacht", "Projected"), "data", projected)))));
            model.addAttribute("monitoring", monitoring.toMarkdown(locale));
        }
    }

    private static String label(Locale locale, String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    private static Object euros(Money money) {
        return money == null ? null : money.amount();
    }

    private static String chart(List<Totals> totals, List<String> names) {
        List<String> keys = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ArrayList<>());
        }
        for (Totals t : totals) {
            keys.add(t.key());
            for (int i = 0; i < names.size(); i++) {
                columns.get(i).add(i < t.amounts().size() ? euros(t.amounts().get(i)) : null);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", names.get(i));
            s.put("data", columns.get(i));
            series.add(s);
        }
        return json(Map.of("categories", keys, "series", series));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
