package org.globalaifund.engine.account;

import jakarta.servlet.http.HttpServletResponse;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The page for a used, expired or unknown one-time link (404), saying what to do next for its purpose. */
final class LinkClosed {

    private LinkClosed() {
    }

    /** The "link closed" page for a not-found token; any other failure goes on to the general error handling. */
    static String page(FundException e, Model model, HttpServletResponse response, TokenPurpose purpose) {
        if (e.type() != ProblemType.NOT_FOUND) {
            throw e;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("purpose", purpose);
        return "account/link-closed";
    }
}
