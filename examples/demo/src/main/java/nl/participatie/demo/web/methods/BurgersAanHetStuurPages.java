package nl.participatie.demo.web.methods;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participatie.burgersaanhetstuur.AccountabilityReport;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.Portfolio;
import nl.participatie.burgersaanhetstuur.StallDiagnosis;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;
import nl.participatie.demo.StreamIndex;
import nl.participatie.demo.web.InstanceDetails;
import nl.participatie.demo.web.MethodOverview;

/**
 * Burgers aan het stuur's pages: an initiative's goals, actions, indicators and measurements, its stall diagnosis and
 * accountability report; the portfolio of the area on the overview.
 */
@Component
public class BurgersAanHetStuurPages implements InstanceDetails, MethodOverview {

    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives;
    private final StreamIndex index;
    private final Clock clock;

    public BurgersAanHetStuurPages(ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives, StreamIndex index) {
        this.initiatives = initiatives;
        this.index = index;
        this.clock = Clock.systemUTC();
    }

    @Override
    public String streamType() {
        return BurgersAanHetStuurWorkflow.INITIATIVES.streamType();
    }

    @Override
    public String fragment() {
        return "bahs :: initiative";
    }

    @Override
    public void addTo(Model model, StreamId stream, Object state, Locale locale) {
        Initiative initiative = (Initiative) state;
        model.addAttribute("initiative", initiative);
        model.addAttribute("diagnosis", StallDiagnosis.defaults().diagnose(initiative, clock.instant()).toMarkdown(locale));
        model.addAttribute("accountability", initiative.cycle() > 0 ? AccountabilityReport.of(initiative).toMarkdown(locale) : null);
    }

    @Override
    public Persona.Method method() {
        return Persona.Method.BURGERS_AAN_HET_STUUR;
    }

    @Override
    public String overviewFragment() {
        return "bahs :: portfolio";
    }

    @Override
    public void addTo(Model model, Locale locale) {
        List<Initiative> all = new ArrayList<>();
        Set<NeighbourhoodCode> area = new LinkedHashSet<>();
        for (StreamId s : index.of(streamType())) {
            Initiative i = initiatives.load(s);
            all.add(i);
            if (i.neighbourhood() != null) {
                area.add(i.neighbourhood());
            }
        }
        model.addAttribute("area", area);
        model.addAttribute("portfolio", Portfolio.of(all, area, clock.instant()).toMarkdown(locale));
    }
}
