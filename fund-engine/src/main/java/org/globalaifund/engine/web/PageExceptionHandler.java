package org.globalaifund.engine.web;

import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A business failure that escapes a page controller (typically "not found" for someone else's
 * resource) becomes the matching error page. Form errors are handled in the controllers, next to the field.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    @ExceptionHandler(FundException.class)
    String business(FundException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = e.type().status();
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", e.type() == ProblemType.NOT_FOUND ? null : e.getMessage());
        return status == HttpStatus.NOT_FOUND ? "error/404" : "error/general";
    }
}
