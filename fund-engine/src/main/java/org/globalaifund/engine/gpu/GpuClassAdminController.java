package org.globalaifund.engine.gpu;

import java.util.Map;
import org.globalaifund.engine.gpu.GpuClassService.GpuClassForm;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's pages for the GPU classes: the list with a form to add one, a page to correct one, and Retire or Reinstate.
 * Plain forms, no JavaScript; a refused form comes back as typed with each message next to its field.
 */
@Controller
@RequestMapping("/admin/gpu-classes")
public class GpuClassAdminController {

    private final GpuClassService classes;

    public GpuClassAdminController(GpuClassService classes) {
        this.classes = classes;
    }

    @GetMapping
    String list(Model model) {
        return list(model, new GpuClassForm("", "", "", ""));
    }

    @PostMapping
    String add(@AuthenticationPrincipal FundUser admin, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String vendor,
            @RequestParam(defaultValue = "") String memoryGb, Model model, RedirectAttributes redirect) {
        GpuClassForm form = new GpuClassForm(code.strip(), name, vendor, memoryGb);
        try {
            classes.add(admin.personId(), form);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/gpu-classes";
        } catch (FundException e) {
            model.addAttribute("errors", e.formErrors());
            return list(model, form);
        }
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        GpuClass gpu = classes.get(code);
        return edit(model, gpu, new GpuClassForm(gpu.code(), gpu.name(), gpu.vendor(), String.valueOf(gpu.memoryGb())));
    }

    @PostMapping("/{code}")
    String update(@AuthenticationPrincipal FundUser admin, @PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String vendor, @RequestParam(defaultValue = "") String memoryGb, Model model,
            RedirectAttributes redirect) {
        GpuClass gpu = classes.get(code);
        GpuClassForm form = new GpuClassForm(code, name, vendor, memoryGb);
        try {
            classes.update(admin.personId(), code, form);
            redirect.addFlashAttribute("success", true);
            return "redirect:/admin/gpu-classes/" + code;
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return edit(model, gpu, form);
        }
    }

    @PostMapping("/{code}/retirement")
    String retire(@AuthenticationPrincipal FundUser admin, @PathVariable String code, RedirectAttributes redirect) {
        classes.retire(admin.personId(), code);
        redirect.addFlashAttribute("success", true);
        return "redirect:/admin/gpu-classes";
    }

    @PostMapping("/{code}/reinstatement")
    String reinstate(@AuthenticationPrincipal FundUser admin, @PathVariable String code, RedirectAttributes redirect) {
        classes.reinstate(admin.personId(), code);
        redirect.addFlashAttribute("success", true);
        return "redirect:/admin/gpu-classes";
    }

    private String list(Model model, GpuClassForm form) {
        model.addAttribute("classes", classes.all());
        model.addAttribute("form", form);
        return "gpu/list";
    }

    private String edit(Model model, GpuClass gpu, GpuClassForm form) {
        model.addAttribute("gpu", gpu);
        model.addAttribute("form", form);
        return "gpu/edit";
    }


    private static void rethrowIfNotFound(FundException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
    }
}
