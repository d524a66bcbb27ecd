package org.globalaifund.engine.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.problem.Problems;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container (unknown URL, uncaught failure) ends here: API callers
 * get problem+json, people get a page; neither ever sees a stack trace or an exception name.
 */
@Controller
public class FundErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        return status == 404 ? "error/404" : status == 403 ? "error/403" : "error/general";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = Problems.of(type, status == 404 ? "There is nothing at this address." : type.title());
        problem.setStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
