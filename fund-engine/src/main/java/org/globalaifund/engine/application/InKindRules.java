package org.globalaifund.engine.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalaifund.engine.call.CallLimits;
import org.globalaifund.engine.gpu.GpuClass;
import org.globalaifund.engine.gpu.GpuClassService;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.UnRegion;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks the in-kind steps of an application before anything is written, field by field, with each message in the
 * reader's language: GPU classes still offered, whole positive hours, windows that end after they start, regions,
 * nodes and countries from their lists, and totals within what the call offers per application (0 = none).
 */
@Component
public class InKindRules {

    /** How a compute line's place is typed: empty for no preference, "region:002" for a region, "node:<id>" for a node. */
    public static final String REGION = "region:";
    public static final String NODE = "node:";

    private final GpuClassService gpuClasses;
    private final NetworkNodeService nodes;
    private final ReferenceData reference;
    private final MessageSourceAccessor texts;

    InKindRules(GpuClassService gpuClasses, NetworkNodeService nodes, ReferenceData reference,
            MessageSourceAccessor texts) {
        this.gpuClasses = gpuClasses;
        this.nodes = nodes;
        this.reference = reference;
        this.texts = texts;
    }

    /** A compute row as typed; {@code place} is empty, {@code region:<M49>} or {@code node:<id>}. */
    public record ComputeRow(String gpuClass, String gpuHours, String place, String startsOn, String endsOn) {
        boolean isEmpty() {
            return blank(gpuClass) && blank(gpuHours) && blank(place) && blank(startsOn) && blank(endsOn);
        }
    }

    /** A data set or model row as typed, with the countries chosen. */
    public record DataRow(String kind, String description, String licence, String licenceNote, List<String> jurisdictions) {
        boolean isEmpty() {
            return blank(kind) && blank(description) && blank(licence) && blank(licenceNote) && jurisdictions.isEmpty();
        }
    }

    /** The training and expert time form as typed; empty numbers mean none. */
    public record PeopleForm(String trainingSeats, String trainingTopic, String expertHours, String expertise) {}

    /** The lines, empty rows left out; refused next to the field at fault, or next to the lines for the total. */
    List<ComputeLine> compute(List<ComputeRow> rows, CallLimits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<ComputeLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ComputeRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            GpuClass gpu = gpuClass(row.gpuClass(), "gpuClass_" + i, errors);
            Integer hours = wholePositive(row.gpuHours());
            if (hours == null) {
                errors.put("gpuHours_" + i, texts.getMessage("application.error.gpuHours"));
            }
            UnRegion region = null;
            NetworkNode node = null;
            String place = row.place() == null ? "" : row.place();
            if (place.startsWith(REGION)) {
                region = UnRegion.ofM49(place.substring(REGION.length())).orElse(null);
            } else if (place.startsWith(NODE)) {
                node = node(place.substring(NODE.length())).orElse(null);
            }
            if (!place.isEmpty() && region == null && node == null) {
                errors.put("place_" + i, texts.getMessage("application.error.place"));
            }
            LocalDate start = date(row.startsOn());
            LocalDate end = date(row.endsOn());
            if (start == null) {
                errors.put("startsOn_" + i, texts.getMessage("application.error.startsOn"));
            }
            if (end == null) {
                errors.put("endsOn_" + i, texts.getMessage("application.error.endsOn"));
            } else if (start != null && !end.isAfter(start)) {
                errors.put("endsOn_" + i, texts.getMessage("application.error.window"));
            }
            if (gpu != null && hours != null && start != null && end != null && end.isAfter(start) && (place.isEmpty() || region != null || node != null)) {
                lines.add(new ComputeLine(gpu, hours, region, node, start, end));
            }
        }
        if (!lines.isEmpty() && limits.maxGpuHours() == 0) {
            errors.put("compute", texts.getMessage("application.error.noCompute"));
        } else if (errors.isEmpty() && lines.stream().mapToLong(ComputeLine::gpuHours).sum() > limits.maxGpuHours()) {
            errors.put("compute", texts.getMessage("application.error.gpuLimit", new Object[] {limits.maxGpuHours()}));
        }
        refuseIfAny(errors);
        return lines;
    }

    /** The data set and model lines, empty rows left out, each with at least one country from the list. */
    List<DataLine> data(List<DataRow> rows) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<DataLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DataRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            DataKind kind = constant(DataKind.class, row.kind());
            if (kind == null) {
                errors.put("kind_" + i, texts.getMessage("application.error.dataKind"));
            }
            String description = strip(row.description());
            if (description == null || description.length() > 2000) {
                errors.put("description_" + i, texts.getMessage("application.error.dataDescription"));
            }
            DataLicence licence = constant(DataLicence.class, row.licence());
            if (licence == null) {
                errors.put("licence_" + i, texts.getMessage("application.error.licence"));
            }
            String note = strip(row.licenceNote());
            if (note != null && note.length() > 1000) {
                errors.put("licenceNote_" + i, texts.getMessage("application.error.licenceNote"));
            }
            List<String> countries = row.jurisdictions().stream().distinct().sorted().toList();
            if (countries.isEmpty()) {
                errors.put("jurisdictions_" + i, texts.getMessage("application.error.jurisdictions"));
            } else if (!countries.stream().allMatch(reference.countries()::contains)) {
                errors.put("jurisdictions_" + i, texts.getMessage("application.error.jurisdictionUnknown"));
            }
            if (errors.isEmpty()) {
                lines.add(new DataLine(kind, description, licence, note, countries));
            }
        }
        refuseIfAny(errors);
        return lines;
    }

    /** Seats with their topic and hours with their expertise, each within the call's limit; empty numbers mean none. */
    PeopleRequest people(PeopleForm form, CallLimits limits) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer seats = count(form.trainingSeats(), "trainingSeats", "trainingTopic", form.trainingTopic(), limits.maxTrainingSeats(),
                "application.error.noSeats", "application.error.seatLimit", "application.error.trainingTopic", errors);
        Integer hours = count(form.expertHours(), "expertHours", "expertise", form.expertise(), limits.maxExpertHours(),
                "application.error.noExpertTime", "application.error.expertLimit", "application.error.expertise", errors);
        refuseIfAny(errors);
        return new PeopleRequest(seats, seats == 0 ? null : strip(form.trainingTopic()), hours, hours == 0 ? null : strip(form.expertise()));
    }

    /** A whole number of seats or hours (empty = 0) with the text it needs when above 0, within {@code max}. */
    private Integer count(String typed, String field, String textField, String typedText, int max, String noneKey, String limitKey,
            String textKey, Map<String, String> errors) {
        String number = strip(typed);
        String what = strip(typedText);
        Integer n = number == null ? Integer.valueOf(0) : number.matches("\\d{1,9}") ? Integer.valueOf(number) : null;
        if (n == null || (n == 0 && what != null)) {
            errors.put(field, texts.getMessage("application.error.wholeNumber"));
            return null;
        }
        if (n > 0 && max == 0) {
            errors.put(field, texts.getMessage(noneKey));
        } else if (n > max) {
            errors.put(field, texts.getMessage(limitKey, new Object[] {max}));
        }
        if (n > 0 && (what == null || what.length() > 1000)) {
            errors.put(textField, texts.getMessage(textKey));
        }
        return n;
    }

    private GpuClass gpuClass(String code, String field, Map<String, String> errors) {
        Optional<GpuClass> gpu = blank(code) ? Optional.empty() : gpuClasses.find(code);
        if (gpu.isEmpty()) {
            errors.put(field, texts.getMessage("application.error.gpuClass"));
            return null;
        }
        if (gpu.get().isRetired()) {
            errors.put(field, texts.getMessage("application.error.gpuClassRetired", new Object[] {code}));
            return null;
        }
        return gpu.get();
    }

    private Optional<NetworkNode> node(String id) {
        try {
            return Optional.of(nodes.get(id));
        } catch (FundException e) {
            return Optional.empty();
        }
    }

    private static Integer wholePositive(String typed) {
        String s = strip(typed);
        return s != null && s.matches("\\d{1,9}") && Integer.parseInt(s) > 0 ? Integer.valueOf(s) : null;
    }

    private static LocalDate date(String typed) {
        try {
            return blank(typed) ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String typed) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(typed)) {
                return e;
            }
        }
        return null;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
    }
}
