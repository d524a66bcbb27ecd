package org.globalaifund.engine.review;

import java.util.EnumMap;
import java.util.Map;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.security.FundUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: their reviews; one review shows title, organisation and country with the conflict-of-interest
 * declaration, then (no conflict declared) the whole application with the score form, then (submitted) their scores
 * and the other reviewers' submitted ones. Anyone else's review, or one they may not see, is "not found".
 */
@Controller
@RequestMapping("/reviewer/reviews")
public class ReviewerController {

    private final ReviewService reviews;
    private final CallService calls;

    ReviewerController(ReviewService reviews, CallService calls) {
        this.reviews = reviews;
        this.calls = calls;
    }

    @GetMapping
    String list(@AuthenticationPrincipal FundUser user, Model model) {
        model.addAttribute("items", reviews.mine(user.personId()));
        return "review/list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        return page(model, reviews.mine(user.personId(), id), Map.of(), Map.of());
    }

    @PostMapping("/{id}/declaration")
    String declare(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam(defaultValue = "") String choice,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        ReviewService.ReviewItem item = reviews.mine(user.personId(), id);
        try {
            Review review = reviews.declare(user.personId(), id, choice, reason);
            redirect.addFlashAttribute("success", true);
            return review.status() == ReviewStatus.CONFLICTED ? "redirect:/reviewer/reviews" : "redirect:/reviewer/reviews/" + id;
        } catch (FundException e) {
            return refused(e, model, item, Map.of("choice", choice, "reason", reason));
        }
    }

    @PostMapping("/{id}/scores")
    String submit(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        ReviewService.ReviewItem item = reviews.mine(user.personId(), id);
        Map<ReviewCriterion, String> scores = new EnumMap<>(ReviewCriterion.class);
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.put(c, nz(params.getFirst("score_" + c.name())));
            comments.put(c, nz(params.getFirst("comment_" + c.name())));
        }
        try {
            reviews.submit(user.personId(), id, scores, comments);
            redirect.addFlashAttribute("success", true);
            return "redirect:/reviewer/reviews/" + id;
        } catch (FundException e) {
            Map<String, String> typed = new java.util.HashMap<>();
            scores.forEach((c, v) -> typed.put("score_" + c.name(), v));
            comments.forEach((c, v) -> typed.put("comment_" + c.name(), v));
            return refused(e, model, item, typed);
        }
    }

    private String refused(FundException e, Model model, ReviewService.ReviewItem item, Map<String, String> typed) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        return page(model, item, e.formErrors(), typed);
    }

    private String page(Model model, ReviewService.ReviewItem item, Map<String, String> errors, Map<String, String> typed) {
        Review review = item.review();
        model.addAttribute("review", review);
        model.addAttribute("app", item.application());
        model.addAttribute("call", calls.get(item.application().callId()));
        model.addAttribute("criteria", ReviewCriterion.values());
        model.addAttribute("typed", typed);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        if (review.status() == ReviewStatus.SUBMITTED) {
            model.addAttribute("scores", reviews.scores(review.id()));
            model.addAttribute("peers", reviews.peers(review));
        }
        return "review/review";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
