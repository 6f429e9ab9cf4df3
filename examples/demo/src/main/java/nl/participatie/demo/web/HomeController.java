package nl.participatie.demo.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.demo.Persona;
import nl.participatie.demo.StreamIndex;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/** The home page (<i>start</i>): the five methods and how many instances of each the demo holds; the persona switch. */
@Controller
public class HomeController {

    private final StreamIndex index;

    public HomeController(StreamIndex index) {
        this.index = index;
    }

    @GetMapping("/")
    public String home(Model model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("initiatives", index.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType()).size());
        counts.put("campaigns", index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType()).size());
        counts.put("reports", index.of(BuurtschouwWorkflow.REPORTS.streamType()).size());
        counts.put("groups", index.of(YouthManifestoWorkflow.GROUPS.streamType()).size());
        counts.put("rounds", index.of(BudgetmonitoringWorkflow.ROUNDS.streamType()).size());
        counts.put("trajectories", index.of(SamenspelWorkflow.TRAJECTORIES.streamType()).size());
        model.addAttribute("counts", counts);
        return "home";
    }

    /** Switches the persona (a cookie) and goes back to the page it was chosen on. */
    @PostMapping("/persona")
    public String switchPersona(@RequestParam String persona, @RequestParam(defaultValue = "/") String back,
                                HttpServletResponse response) {
        Persona chosen = Persona.parse(persona);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LayoutAdvice.PERSONA_COOKIE, chosen.name())
                .path("/").maxAge(Duration.ofDays(30)).sameSite("Lax").httpOnly(true).build().toString());
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }
}
