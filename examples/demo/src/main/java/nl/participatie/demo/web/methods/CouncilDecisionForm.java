package nl.participatie.demo.web.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participatie.budgetmonitoring.BudgetRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.budgetmonitoring.Reallocation;
import nl.participatie.budgetmonitoring.Verdict;
import nl.participatie.core.Outcome;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;

/**
 * Recording the council's decision on a round's alternative budget (<i>raadsbesluit</i>), a verdict per proposed
 * reallocation: a form of its own, as the command's verdicts are a list of records. Fields per reallocation
 * {@code n}: {@code outcome-n}, {@code amount-n} (euros, plain form), {@code reason-n}, {@code amendment-n}.
 */
@Controller
public class CouncilDecisionForm {

    private final Budgetmonitoring bm;

    public CouncilDecisionForm(Budgetmonitoring bm) {
        this.bm = bm;
    }

    @PostMapping("/budgetmonitoring/{round}/decision")
    public String decide(@PathVariable String round, @RequestParam Map<String, String> fields,
                         @ModelAttribute("persona") Persona persona, RedirectAttributes redirect, Locale locale) {
        StreamId stream = StreamId.of(BudgetmonitoringWorkflow.ROUNDS.streamType(), round);
        List<String> refused;
        try {
            Actor actor = OwnForms.actor(persona, Persona.Method.BUDGETMONITORING, locale);
            BudgetRound state = bm.rounds().load(stream);
            List<Verdict> verdicts = new ArrayList<>();
            for (Reallocation r : state.reallocations()) {
                int n = r.number();
                String outcome = fields.getOrDefault("outcome-" + n, "");
                String amount = fields.getOrDefault("amount-" + n, "").strip();
                verdicts.add(new Verdict(n, Verdict.Outcome.valueOf(outcome), amount.isEmpty() ? r.amount() : Money.parse(amount),
                        fields.getOrDefault("reason-" + n, ""), fields.getOrDefault("amendment-" + n, "")));
            }
            Outcome<?, ?> outcome = bm.rounds().handle(stream, actor, new RecordCouncilDecision(verdicts));
            refused = outcome.violations().stream().map(v -> v.message().in(locale) + " (" + v.code() + ")").toList();
        } catch (InvalidValueException e) {
            refused = List.of(Violation.of(e, "").message().in(locale));
        } catch (IllegalArgumentException e) {
            refused = List.of(String.valueOf(e.getMessage()));
        }
        return OwnForms.backTo(stream, refused, "RecordCouncilDecision", redirect);
    }
}
