package nl.participatie.springboot.example;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

@RestController
@RequestMapping("/initiatives")
class InitiativeController {

    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives;

    InitiativeController(ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping // {"@type": "burgersaanhetstuur.start-initiative.v1", ...}
    ResponseEntity<Initiative> start(@RequestBody InitiativeCommand command, Principal user) {
        StreamId id = initiatives.newStream();
        Initiative started = initiatives.handle(id, initiator(user), command).orElseThrow().state();
        return ResponseEntity.created(URI.create("/initiatives/" + id.id())).body(started);
    }

    @PostMapping("/{id}") // a rejection becomes a 422 problem detail in the caller's language
    Initiative handle(@PathVariable String id, @RequestBody InitiativeCommand command, Principal user) {
        StreamId stream = StreamId.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), id);
        return initiatives.handle(stream, initiator(user), command).orElseThrow().state();
    }

    private static Actor initiator(Principal user) { // which role: your own authorisation decides
        return Actor.of(user.getName(), BurgersAanHetStuurWorkflow.INITIATOR);
    }
}
