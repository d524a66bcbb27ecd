package org.globalaifund.engine.diligence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's pages for the sanctions list: the imports (the current one first) with the upload of a new UN Consolidated
 * List file, and a check of typed names against the current list with the same matcher due diligence uses. Plain
 * forms; a refused file or check comes back with the message next to its field.
 */
@Controller
@RequestMapping("/admin/sanctions")
public class SanctionsAdminController {

    private final SanctionsListImport importer;
    private final SanctionsListRepository lists;
    private final SanctionsScreening screening;
    private final PersonRepository people;
    private final MessageSourceAccessor texts;

    public SanctionsAdminController(SanctionsListImport importer, SanctionsListRepository lists, SanctionsScreening screening,
            PersonRepository people, MessageSourceAccessor texts) {
        this.importer = importer;
        this.lists = lists;
        this.screening = screening;
        this.people = people;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        List<SanctionsListVersion> versions = lists.versions();
        Map<String, String> names = new HashMap<>();
        versions.forEach(v -> names.computeIfAbsent(v.importedBy(),
                id -> people.findById(id).map(Person::displayName).orElse(id)));
        model.addAttribute("versions", versions);
        model.addAttribute("names", names);
        return "sanctions/list";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal FundUser admin, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw FundException.invalid("file", texts.getMessage("sanctions.error.noFile"));
            }
            try (InputStream in = file.getInputStream()) {
                redirect.addFlashAttribute("imported", importer.importList(admin.personId(), file.getOriginalFilename(), in));
            }
            return "redirect:/admin/sanctions";
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            return list(model);
        }
    }

    @GetMapping("/check")
    String check(Model model) {
        model.addAttribute("current", lists.current().orElse(null));
        model.addAttribute("typed", "");
        return "sanctions/check";
    }

    @PostMapping("/check")
    String check(@RequestParam(defaultValue = "") String names, Model model) {
        model.addAttribute("current", lists.current().orElse(null));
        model.addAttribute("typed", names);
        List<String> typed = Arrays.asList(names.split("\\R"));
        try {
            if (SanctionsMatcher.screenable(typed).isEmpty()) {
                throw FundException.invalid("names", texts.getMessage("sanctions.error.noNames"));
            }
            model.addAttribute("result", screening.screen(typed));
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
        }
        return "sanctions/check";
    }

}
