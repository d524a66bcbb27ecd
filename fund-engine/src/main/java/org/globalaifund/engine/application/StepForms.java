package org.globalaifund.engine.application;

import java.util.List;
import java.util.Map;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every step page of the application form does the same way: read a typed field (never null), answer a save
 * (stay on the step, or go on to the next with "Save and continue"), and show a refusal next to its fields, except
 * "not found", which stays a 404.
 */
final class StepForms {

    private StepForms() {
    }

    /** After a save: the same step again, or the next one when the applicant chose "Save and continue". */
    static String saved(String id, String step, String next, MultiValueMap<String, String> params, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", true);
        return "redirect:/applicant/applications/" + id + "/" + ("continue".equals(params.getFirst("action")) ? next : step);
    }


    /** Someone else's application stays "not found" (404), whatever the form was. */
    static void rethrowIfNotFound(FundException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
    }

    static String first(MultiValueMap<String, String> params, String name) {
        return nz(params.getFirst(name));
    }

    /** The non-blank values of a repeated field (checkboxes, multi-selects). */
    static List<String> values(MultiValueMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
