package org.globalaifund.engine.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public pages of the calls for proposals: anyone may read what a published call funds, who may apply, what one
 * application may request and until when. Drafts are ADMIN's only.
 */
@Controller
public class CallController {

    private final CallService calls;
    private final Clock clock;

    public CallController(CallService calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping("/calls")
    String list(Model model) {
        model.addAttribute("calls", calls.published());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return "call/list";
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("call", calls.getPublic(id));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return "call/show";
    }
}
