package org.globalaifund.engine.application;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** ADMIN's read-only view of every application: the list, and one application with its parts and timeline. */
@Controller
@RequestMapping("/admin/applications")
public class ApplicationAdminController {

    private final ApplicationService applications;
    private final ApplicationViews views;

    public ApplicationAdminController(ApplicationService applications, ApplicationViews views) {
        this.applications = applications;
        this.views = views;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("applications", applications.all());
        model.addAttribute("calls", views.callTitles());
        model.addAttribute("admin", true);
        return "application/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return views.status(model, applications.get(id), true);
    }
}
