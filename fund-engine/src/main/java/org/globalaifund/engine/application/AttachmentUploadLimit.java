package org.globalaifund.engine.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above the multipart limits (spring.servlet.multipart, a little above {@link ApplicationAttachments#MAX_BYTES})
 * fails before any controller is chosen, so it lands here rather than in {@link AttachmentController}: for the
 * attachments page it shows the page again with the message next to the file field (nothing was stored); any other
 * upload keeps Spring's answer (413).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AttachmentUploadLimit {

    private static final Pattern ATTACHMENTS = Pattern.compile("/applicant/applications/([^/]+)/attachments/?");

    private final ApplicationService applications;
    private final AttachmentController page;
    private final ApplicationRules texts;

    AttachmentUploadLimit(ApplicationService applications, AttachmentController page, ApplicationRules texts) {
        this.applications = applications;
        this.page = page;
        this.texts = texts;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, @AuthenticationPrincipal FundUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) throws MaxUploadSizeExceededException {
        Matcher path = ATTACHMENTS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (user == null || !path.matches()) {
            throw e;
        }
        Application app;
        try {
            app = applications.own(user.personId(), path.group(1));
        } catch (FundException notYours) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("errors", Map.of("file", texts.text("application.error.attachmentSize")));
        return page.view(model, app, "");
    }
}
