package org.globalaifund.engine.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual list of priority investment areas: a public page, and ADMIN's form to write and publish a year's list. */
@Controller
public class PriorityListController {

    private final PriorityListService priorities;
    private final Clock clock;

    public PriorityListController(PriorityListService priorities, Clock clock) {
        this.priorities = priorities;
        this.clock = clock;
    }

    @GetMapping("/priorities")
    String published(Model model) {
        model.addAttribute("lists", priorities.published());
        model.addAttribute("currentYear", year());
        return "call/priorities";
    }

    @GetMapping("/admin/priorities")
    String edit(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? year() : year;
        PriorityList list = priorities.find(y).orElse(new PriorityList(y, "", false, List.of()));
        Map<String, String> ranks = new java.util.HashMap<>();
        Map<String, String> summaries = new java.util.HashMap<>();
        list.areas().forEach(e -> {
            ranks.put(e.area().name(), String.valueOf(e.rank()));
            summaries.put(e.area().name(), e.summary());
        });
        return form(model, String.valueOf(y), list.introduction(), list.published(), ranks, summaries);
    }

    @PostMapping("/admin/priorities")
    String save(@AuthenticationPrincipal FundUser admin, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        String yearText = value(params, "year");
        Map<String, String> ranks = new java.util.HashMap<>();
        Map<String, String> summaries = new java.util.HashMap<>();
        List<PriorityListService.Placement> placements = new ArrayList<>();
        for (PriorityArea area : PriorityArea.values()) {
            String rank = value(params, "rank_" + area.name());
            String summary = value(params, "summary_" + area.name());
            ranks.put(area.name(), rank);
            summaries.put(area.name(), summary);
            placements.add(new PriorityListService.Placement(area, rank.isBlank() ? null : number(rank), summary));
        }
        boolean published = "true".equals(params.getFirst("published"));
        try {
            PriorityList list = priorities.save(admin.personId(), number(yearText), value(params, "introduction"), placements, published);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/priorities?year=" + list.year();
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            return form(model, yearText, value(params, "introduction"), published, ranks, summaries);
        }
    }

    private String form(Model model, String year, String introduction, boolean published, Map<String, String> ranks,
            Map<String, String> summaries) {
        model.addAttribute("year", year);
        model.addAttribute("introduction", introduction);
        model.addAttribute("published", published);
        model.addAttribute("ranks", ranks);
        model.addAttribute("summaries", summaries);
        model.addAttribute("areas", PriorityArea.values());
        model.addAttribute("lists", priorities.all());
        return "call/priorities-edit";
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v.strip();
    }

    /** Unreadable numbers become 0, which the rules refuse with a message next to the field. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int year() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
    }
}
