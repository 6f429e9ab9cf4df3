package nl.participatie.demo.web.methods;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participatie.core.value.StreamId;
import nl.participatie.demo.web.InstanceDetails;
import nl.participatie.samenspel.ParticipationPlan;
import nl.participatie.samenspel.ParticipationReport;
import nl.participatie.samenspel.PromiseCheck;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.samenspel.Trajectory;
import nl.participatie.samenspel.TrajectoryOverview;

/**
 * Samenspel's trajectory page: the design with its phases and the level promised to each group (the library's
 * overview and plan), the promise check with each finding (kept, open, broken), and the participation report.
 */
@Component
public class SamenspelPages implements InstanceDetails {

    @Override
    public String streamType() {
        return SamenspelWorkflow.TRAJECTORIES.streamType();
    }

    @Override
    public String fragment() {
        return "samenspel :: trajectory";
    }

    @Override
    public void addTo(Model model, StreamId stream, Object state, Locale locale) {
        Trajectory trajectory = (Trajectory) state;
        model.addAttribute("trajectory", trajectory);
        if (trajectory.design() == null) {
            return;
        }
        model.addAttribute("overview", TrajectoryOverview.of(trajectory).toMarkdown(locale));
        model.addAttribute("plan", ParticipationPlan.of(trajectory).toMarkdown(locale));
        model.addAttribute("designMermaid", trajectory.design().toMermaid(locale));
        PromiseCheck check = PromiseCheck.of(trajectory);
        model.addAttribute("check", check);
        model.addAttribute("kept", check.count(PromiseCheck.Status.KEPT));
        model.addAttribute("open", check.count(PromiseCheck.Status.OPEN));
        model.addAttribute("broken", check.count(PromiseCheck.Status.BROKEN));
        model.addAttribute("report", ParticipationReport.of(trajectory).toMarkdown(locale));
    }
}
