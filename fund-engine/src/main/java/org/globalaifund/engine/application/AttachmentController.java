package org.globalaifund.engine.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.globalaifund.engine.application.Attachment.AttachmentFile;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's attachments step (list, upload, download, remove while a draft) and ADMIN's read-only download.
 * Downloads are always offered as a file to save, never shown inline, under a name made safe when uploaded.
 */
@Controller
public class AttachmentController {

    static final String PAGE = "/applicant/applications/{id}/attachments";

    private final ApplicationService applications;
    private final ApplicationAttachments attachments;
    private final CallService calls;

    public AttachmentController(ApplicationService applications, ApplicationAttachments attachments, CallService calls) {
        this.applications = applications;
        this.attachments = attachments;
        this.calls = calls;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        return view(model, applications.own(user.personId(), id), "");
    }

    @PostMapping(PAGE)
    String upload(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        try {
            attachments.upload(user.personId(), id, title, file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(),
                    () -> bytes(file));
            redirect.addFlashAttribute("success", true);
            return "redirect:/applicant/applications/" + id + "/attachments";
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errors", e.formErrors());
            return view(model, app, title);
        }
    }

    @GetMapping(PAGE + "/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal FundUser user, @PathVariable String id, @PathVariable String attachmentId) {
        return send(attachments.download(user.personId(), id, attachmentId));
    }

    @PostMapping(PAGE + "/{attachmentId}/removal")
    String remove(@AuthenticationPrincipal FundUser user, @PathVariable String id, @PathVariable String attachmentId,
            RedirectAttributes redirect) {
        try {
            attachments.remove(user.personId(), id, attachmentId);
            redirect.addFlashAttribute("success", true);
        } catch (FundException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/applicant/applications/" + id + "/attachments";
    }

    @GetMapping("/admin/applications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> adminDownload(@PathVariable String id, @PathVariable String attachmentId) {
        applications.get(id);
        return send(attachments.file(id, attachmentId));
    }

    /** The attachments page with the upload form; {@code errors}, if any, are already in the model. */
    String view(Model model, Application app, String title) {
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
        model.addAttribute("attachments", attachments.of(app.id()));
        model.addAttribute("attachmentTitle", title);
        model.addAttribute("maxCount", ApplicationAttachments.MAX_PER_APPLICATION);
        return "application/attachments";
    }

    private static ResponseEntity<byte[]> send(AttachmentFile file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.attachment().fileName()).build());
        headers.setContentLength(file.content().length);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(file.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
