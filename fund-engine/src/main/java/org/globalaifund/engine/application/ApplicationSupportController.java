package org.globalaifund.engine.application;

import static org.globalaifund.engine.application.StepForms.first;
import static org.globalaifund.engine.application.StepForms.nz;
import static org.globalaifund.engine.application.StepForms.rethrowIfNotFound;
import static org.globalaifund.engine.application.StepForms.saved;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.application.InKindRules.ComputeRow;
import org.globalaifund.engine.application.InKindRules.DataRow;
import org.globalaifund.engine.application.InKindRules.PeopleForm;
import org.globalaifund.engine.call.CallLimits;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.gpu.GpuClass;
import org.globalaifund.engine.gpu.GpuClassService;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.UnRegion;
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
 * The applicant's pages for the in-kind support a draft requests: compute, data sets and models, training seats and
 * expert time (Save, or Save and continue). Plain forms with a fixed number of empty rows, no JavaScript; a refused
 * step comes back as typed with each message next to its field. Anyone else's application is not found.
 */
@Controller
@RequestMapping("/applicant/applications/{id}")
public class ApplicationSupportController {

    /** Empty rows after the saved lines, so no script is needed to add a line. */
    static final int EMPTY_COMPUTE_ROWS = 3;
    static final int EMPTY_DATA_ROWS = 2;

    private final ApplicationService applications;
    private final InKindService inKind;
    private final InKindRequests requests;
    private final CallService calls;
    private final GpuClassService gpuClasses;
    private final NetworkNodeService nodes;
    private final ReferenceData reference;

    public ApplicationSupportController(ApplicationService applications, InKindService inKind, InKindRequests requests, CallService calls,
            GpuClassService gpuClasses, NetworkNodeService nodes, ReferenceData reference) {
        this.applications = applications;
        this.inKind = inKind;
        this.requests = requests;
        this.calls = calls;
        this.gpuClasses = gpuClasses;
        this.nodes = nodes;
        this.reference = reference;
    }

    /** The summary's link for missing support: the first support step the call offers (data and models always are). */
    @GetMapping("/support")
    String support(@AuthenticationPrincipal FundUser user, @PathVariable String id) {
        CallLimits limits = calls.get(applications.own(user.personId(), id).callId()).limits();
        String step = limits.maxCash().isPositive() ? "budget" : limits.maxGpuHours() > 0 ? "compute" : "data";
        return "redirect:/applicant/applications/" + id + "/" + step;
    }

    @GetMapping("/compute")
    String compute(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        List<ComputeRow> rows = new ArrayList<>(requests.of(id).compute().stream()
                .map(l -> new ComputeRow(l.gpuClass().code(), String.valueOf(l.gpuHours()),
                        l.region() != null ? InKindRules.REGION + l.region().m49() : l.node() != null ? InKindRules.NODE + l.node().id() : "",
                        l.startsOn().toString(), l.endsOn().toString()))
                .toList());
        for (int i = 0; i < EMPTY_COMPUTE_ROWS; i++) {
            rows.add(new ComputeRow("", "", "", "", ""));
        }
        return computePage(model, app, rows);
    }

    @PostMapping("/compute")
    String saveCompute(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        List<ComputeRow> rows = new ArrayList<>();
        for (int i = 0; present(params, i, "gpuClass_", "gpuHours_", "place_", "startsOn_", "endsOn_"); i++) {
            rows.add(new ComputeRow(first(params, "gpuClass_" + i), first(params, "gpuHours_" + i), first(params, "place_" + i),
                    first(params, "startsOn_" + i), first(params, "endsOn_" + i)));
        }
        try {
            inKind.saveCompute(user.personId(), id, rows);
            return saved(id, "compute", "data", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return computePage(model, app, rows);
        }
    }

    @GetMapping("/data")
    String data(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        List<DataRow> rows = new ArrayList<>(requests.of(id).data().stream()
                .map(l -> new DataRow(l.kind().name(), l.description(), l.licence().name(), l.licenceNote() == null ? "" : l.licenceNote(),
                        l.jurisdictions()))
                .toList());
        for (int i = 0; i < EMPTY_DATA_ROWS; i++) {
            rows.add(new DataRow("", "", "", "", List.of()));
        }
        return dataPage(model, app, rows);
    }

    @PostMapping("/data")
    String saveData(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; present(params, i, "kind_", "description_", "licence_", "licenceNote_", "jurisdictions_"); i++) {
            rows.add(new DataRow(first(params, "kind_" + i), first(params, "description_" + i), first(params, "licence_" + i),
                    first(params, "licenceNote_" + i), params.getOrDefault("jurisdictions_" + i, List.of()).stream()
                            .filter(v -> v != null && !v.isBlank()).toList()));
        }
        try {
            inKind.saveData(user.personId(), id, rows);
            return saved(id, "data", "people", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return dataPage(model, app, rows);
        }
    }

    @GetMapping("/people")
    String people(@AuthenticationPrincipal FundUser user, @PathVariable String id, Model model) {
        Application app = applications.own(user.personId(), id);
        PeopleRequest saved = requests.of(id).people();
        return peoplePage(model, app, new PeopleForm(saved.trainingSeats() == 0 ? "" : String.valueOf(saved.trainingSeats()),
                nz(saved.trainingTopic()), saved.expertHours() == 0 ? "" : String.valueOf(saved.expertHours()), nz(saved.expertise())));
    }

    @PostMapping("/people")
    String savePeople(@AuthenticationPrincipal FundUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Application app = applications.own(user.personId(), id);
        PeopleForm form = new PeopleForm(first(params, "trainingSeats"), first(params, "trainingTopic"), first(params, "expertHours"),
                first(params, "expertise"));
        try {
            inKind.savePeople(user.personId(), id, form);
            return saved(id, "people", "results", params, redirect);
        } catch (FundException e) {
            rethrowIfNotFound(e);
            model.addAttribute("errors", e.formErrors());
            return peoplePage(model, app, form);
        }
    }

    /** The classes still offered, and any retired class a row names, so the row shows what it holds. */
    private String computePage(Model model, Application app, List<ComputeRow> rows) {
        common(model, app);
        List<GpuClass> choices = new ArrayList<>(gpuClasses.active());
        rows.stream().map(ComputeRow::gpuClass).distinct().map(gpuClasses::find)
                .flatMap(Optional::stream).filter(GpuClass::isRetired).forEach(choices::add);
        model.addAttribute("rows", rows);
        model.addAttribute("gpuClasses", choices);
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("nodes", nodes.all());
        return "application/compute";
    }

    private String dataPage(Model model, Application app, List<DataRow> rows) {
        common(model, app);
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", DataKind.values());
        model.addAttribute("licences", DataLicence.values());
        model.addAttribute("countryCodes", reference.countries().codes());
        return "application/data";
    }

    private String peoplePage(Model model, Application app, PeopleForm form) {
        common(model, app);
        model.addAttribute("form", form);
        return "application/people";
    }

    private void common(Model model, Application app) {
        model.addAttribute("app", app);
        model.addAttribute("call", calls.get(app.callId()));
    }

    private static boolean present(MultiValueMap<String, String> params, int i, String... prefixes) {
        return Arrays.stream(prefixes).anyMatch(p -> params.containsKey(p + i));
    }
}
