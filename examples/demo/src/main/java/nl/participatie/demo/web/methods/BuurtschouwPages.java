package nl.participatie.demo.web.methods;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.InitiativePower;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.analysis.CampaignSummary;
import nl.participatie.core.Outcome;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;
import nl.participatie.demo.StreamIndex;
import nl.participatie.demo.web.InstanceDetails;
import nl.participatie.examples.buurtschouw.IndischeBuurt;

/**
 * Digitale Buurtschouw's pages: a campaign with its route, reports and ideas on a map drawn from the neighbourhood
 * boundaries, filing a report with a location (a click on the map or coordinates), the ideas by initiative power and
 * the results summary; a report's own page shows its location, feedback and lifecycle.
 */
@Controller
public class BuurtschouwPages {

    private final Buurtschouw schouw;
    private final StreamIndex index;
    private final Clock clock = Clock.systemUTC();
    private final SvgMap map = SvgMap.of(IndischeBuurt.BOUNDARIES_GEOJSON);

    public BuurtschouwPages(Buurtschouw schouw, StreamIndex index) {
        this.schouw = schouw;
        this.index = index;
    }

    /** A report on the map. */
    public record Pin(StreamId stream, String kind, String label, double x, double y) {
    }

    /** The campaign page's details. */
    @org.springframework.stereotype.Component
    public static class CampaignDetails implements InstanceDetails {
        private final BuurtschouwPages pages;

        public CampaignDetails(BuurtschouwPages pages) {
            this.pages = pages;
        }

        @Override
        public String streamType() {
            return BuurtschouwWorkflow.CAMPAIGNS.streamType();
        }

        @Override
        public String fragment() {
            return "buurtschouw :: campaign";
        }

        @Override
        public void addTo(Model model, StreamId stream, Object state, Locale locale) {
            pages.campaign(model, stream, (Campaign) state, locale);
        }
    }

    /** The report page's details. */
    @org.springframework.stereotype.Component
    public static class ReportDetails implements InstanceDetails {
        private final BuurtschouwPages pages;

        public ReportDetails(BuurtschouwPages pages) {
            this.pages = pages;
        }

        @Override
        public String streamType() {
            return BuurtschouwWorkflow.REPORTS.streamType();
        }

        @Override
        public String fragment() {
            return "buurtschouw :: report";
        }

        @Override
        public void addTo(Model model, StreamId stream, Object state, Locale locale) {
            pages.report(model, stream, (Report) state);
        }
    }

    void campaign(Model model, StreamId stream, Campaign campaign, Locale locale) {
        Map<StreamId, Report> reports = new LinkedHashMap<>();
        List<InitiativePower.Idea> ideas = new ArrayList<>();
        for (StreamId s : index.of(BuurtschouwWorkflow.REPORTS.streamType())) {
            Report r = schouw.reports().load(s);
            if (stream.equals(r.campaign())) {
                reports.put(s, r);
                if (r.kind() == ReportKind.IDEA) {
                    ideas.add(InitiativePower.Idea.of(s, r));
                }
            }
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("map", map);
        model.addAttribute("pins", pins(reports));
        model.addAttribute("route", campaign.route().stream().map(map::place).toList());
        model.addAttribute("ranking", InitiativePower.defaults().rank(ideas, clock.instant()));
        model.addAttribute("summary", CampaignSummary.defaults().markdown(campaign, reports, locale, clock.instant()));
        model.addAttribute("categories", CategoryTree.defaults().subCategories());
        model.addAttribute("reportKinds", List.of(ReportKind.PROBLEM, ReportKind.IDEA));
    }

    private List<Pin> pins(Map<StreamId, Report> reports) {
        List<Pin> pins = new ArrayList<>();
        reports.forEach((s, r) -> r.location().value().ifPresent(point -> {
            SvgMap.Marker m = map.place(point);
            pins.add(new Pin(s, r.kind().name(), r.category() + " (" + r.step() + ")", m.x(), m.y()));
        }));
        return pins;
    }

    void report(Model model, StreamId stream, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("map", map);
        model.addAttribute("pins", pins(Map.of(stream, report)));
        model.addAttribute("route", List.of());
    }

    /** Files a report on the campaign as the persona, at the point clicked on the map or typed in. */
    @PostMapping("/buurtschouw/{campaign}/report")
    public String file(@PathVariable String campaign, @RequestParam String kind, @RequestParam String category,
                       @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String latitude,
                       @RequestParam(defaultValue = "") String longitude, @ModelAttribute("persona") Persona persona,
                       RedirectAttributes redirect, Locale locale) {
        StreamId campaignId = StreamId.of(BuurtschouwWorkflow.CAMPAIGNS.streamType(), campaign);
        String back = "redirect:/i/" + campaignId.type() + "/" + campaignId.id();
        Actor actor = persona.actorIn(Persona.Method.BUURTSCHOUW);
        List<String> refused;
        Outcome<ReportEvent, Report> outcome = null;
        try {
            if (actor == null) {
                throw new IllegalArgumentException(locale.getLanguage().equals("nl")
                        ? persona.label(locale) + " heeft geen rol in deze methode en kan geen melding doen."
                        : persona.label(locale) + " has no role in this method and cannot file a report.");
            }
            GeoPoint point = latitude.isBlank() && longitude.isBlank() ? null
                    : GeoPoint.of(Double.parseDouble(latitude.replace(',', '.')), Double.parseDouble(longitude.replace(',', '.')));
            FileReport command = new FileReport(ReportKind.valueOf(kind), CategoryCode.parse(category), description, point, null,
                    null, null, null, null, List.of(), persona.person(), campaignId);
            outcome = schouw.fileReport(actor, command);
            refused = outcome.violations().stream().map(v -> v.message().in(locale) + " (" + v.code() + ")").toList();
        } catch (InvalidValueException e) {
            refused = List.of(Violation.of(e, "").message().in(locale));
        } catch (IllegalArgumentException e) {
            refused = List.of(String.valueOf(e.getMessage()));
        }
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("refused", refused);
            return back;
        }
        StreamId filed = outcome.orElseThrow().stream();
        redirect.addFlashAttribute("done", "FileReport");
        return "redirect:/i/" + filed.type() + "/" + filed.id();
    }
}
