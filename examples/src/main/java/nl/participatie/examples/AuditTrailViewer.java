package nl.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;

/**
 * Shows the audit trail (<i>audittrail</i>) that the Burgers aan het stuur walkthrough left in its H2 file: every
 * record with its number, time, person and role, step, event type and hash, then whether the hash chain is intact.
 * Names come from the personal-data store; a person who was erased shows as their opaque id.
 */
public final class AuditTrailViewer {

    /** The command that runs this viewer from the project's root. */
    public static final String COMMAND =
            "./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass=nl.participatie.examples.AuditTrailViewer";

    private AuditTrailViewer() {
    }

    /** Lists the trail in {@code target/participatie-walkthrough/}. */
    public static void main(String[] args) {
        if (!show(System.out, BurgersAanHetStuurWalkthrough.DIRECTORY.toAbsolutePath())) {
            System.exit(1);
        }
    }

    /** Lists the trail of the walkthrough's database in {@code directory}; false when there is none. */
    public static boolean show(PrintStream out, Path directory) {
        Path file = directory.resolve(BurgersAanHetStuurWalkthrough.DATABASE + ".mv.db");
        if (!Files.isRegularFile(file)) {
            out.println("No walkthrough database at " + file + ". Run the walkthrough first: "
                    + "./mvnw -q -B -pl examples -am compile exec:java");
            return false;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(BurgersAanHetStuurWalkthrough.url(directory));
        try {
            ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine =
                    BurgersAanHetStuur.builder().store(new JdbcEventStore(h2)).build().initiatives();
            PersonalDataStore people = new JdbcPersonalDataStore(h2);
            ParticipatieJson json = ParticipatieJson.defaults();
            List<RecordedEvent<InitiativeEvent>> history = engine.history(BurgersAanHetStuurWalkthrough.STREAM);
            out.println("Audit trail of " + BurgersAanHetStuurWalkthrough.STREAM + " in " + file);
            out.println(" #  | recorded at (UTC)           | who (role)                     | step          | event | hash");
            for (RecordedEvent<InitiativeEvent> r : history) {
                String who = people.get(r.actor().person()).map(p -> p.get(PersonalData.DISPLAY_NAME)).orElse(r.actor().person().value());
                out.printf("%3d | %-27s | %-30s | %-13s | %s | %s…%n", r.sequence(), r.recordedAt(),
                        who + " (" + r.actor().role().code() + ")", r.step(), json.typeId(r.event()), r.hash().substring(0, 12));
            }
            AuditTrail.Verification verification = engine.verify(BurgersAanHetStuurWalkthrough.STREAM);
            out.println(verification.valid()
                    ? history.size() + " records; the hash chain is intact: no record was changed, added or removed in between."
                    : "The hash chain is BROKEN at record " + verification.firstBroken() + ": " + verification.reason());
            return verification.valid();
        } finally {
            BurgersAanHetStuurWalkthrough.shutdown(h2);
        }
    }
}
