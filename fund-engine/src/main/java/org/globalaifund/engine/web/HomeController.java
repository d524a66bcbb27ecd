package org.globalaifund.engine.web;

import java.util.Arrays;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page, the login page, and a logged-in person's list of areas. */
@Controller
public class HomeController {

    @GetMapping("/")
    String landing(Model model) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "landing";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(user::has).toList());
        return "home";
    }
}
