package org.globalaifund.engine.gpu;

import static org.globalaifund.engine.db.Tables.GPU_CLASS;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.GpuClassRecord;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference list of GPU classes: ADMIN adds a class, corrects its name, vendor and memory, retires and reinstates
 * it. Codes are unique and never change or disappear, since request lines (and later offers) refer to them.
 */
@Service
@Transactional
public class GpuClassService {

    private final DSLContext dsl;
    private final AuditTrail audit;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    public GpuClassService(DSLContext dsl, AuditTrail audit, MessageSourceAccessor texts, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** What ADMIN types for a class: all as text, checked by {@link #add} and {@link #update}. */
    public record GpuClassForm(String code, String name, String vendor, String memoryGb) {}

    /** Every class, retired ones included, by code. */
    @Transactional(readOnly = true)
    public List<GpuClass> all() {
        return dsl.selectFrom(GPU_CLASS).orderBy(GPU_CLASS.CODE).fetch(GpuClassService::toGpuClass);
    }

    /** The classes that may be chosen in a new request. */
    @Transactional(readOnly = true)
    public List<GpuClass> active() {
        return dsl.selectFrom(GPU_CLASS).where(GPU_CLASS.RETIRED_AT.isNull()).orderBy(GPU_CLASS.CODE).fetch(GpuClassService::toGpuClass);
    }

    @Transactional(readOnly = true)
    public Optional<GpuClass> find(String code) {
        return Optional.ofNullable(dsl.selectFrom(GPU_CLASS).where(GPU_CLASS.CODE.eq(code)).fetchOne()).map(GpuClassService::toGpuClass);
    }

    @Transactional(readOnly = true)
    public GpuClass get(String code) {
        return find(code).orElseThrow(() -> FundException.notFound("GPU class"));
    }

    public GpuClass add(String actorId, GpuClassForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.code() == null || !form.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.put("code", texts.getMessage("gpu.error.code"));
        }
        Integer memory = check(form, errors);
        refuseIfAny(errors);
        if (find(form.code()).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, texts.getMessage("gpu.error.codeTaken", new Object[] {form.code()}),
                    Map.of("code", texts.getMessage("gpu.error.codeTaken", new Object[] {form.code()})));
        }
        dsl.insertInto(GPU_CLASS).set(GPU_CLASS.CODE, form.code()).set(GPU_CLASS.NAME, form.name().strip())
                .set(GPU_CLASS.VENDOR, form.vendor().strip()).set(GPU_CLASS.MEMORY_GB, memory)
                .set(GPU_CLASS.CREATED_AT, clock.instant()).set(GPU_CLASS.UPDATED_AT, clock.instant()).execute();
        audit.record(actorId, "GPU_CLASS_ADDED", "GPU_CLASS", form.code(), form.name().strip());
        return get(form.code());
    }

    /** Corrects the name, vendor and memory of a class; its code stays. */
    public GpuClass update(String actorId, String code, GpuClassForm form) {
        get(code);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer memory = check(form, errors);
        refuseIfAny(errors);
        dsl.update(GPU_CLASS).set(GPU_CLASS.NAME, form.name().strip()).set(GPU_CLASS.VENDOR, form.vendor().strip())
                .set(GPU_CLASS.MEMORY_GB, memory).set(GPU_CLASS.UPDATED_AT, clock.instant()).where(GPU_CLASS.CODE.eq(code)).execute();
        audit.record(actorId, "GPU_CLASS_CHANGED", "GPU_CLASS", code, form.name().strip());
        return get(code);
    }

    /** No longer offered for new requests; a second retirement changes nothing. */
    public GpuClass retire(String actorId, String code) {
        get(code);
        int rows = dsl.update(GPU_CLASS).set(GPU_CLASS.RETIRED_AT, clock.instant()).set(GPU_CLASS.UPDATED_AT, clock.instant())
                .where(GPU_CLASS.CODE.eq(code), GPU_CLASS.RETIRED_AT.isNull()).execute();
        if (rows == 1) {
            audit.record(actorId, "GPU_CLASS_RETIRED", "GPU_CLASS", code, null);
        }
        return get(code);
    }

    /** Offered again; reinstating an active class changes nothing. */
    public GpuClass reinstate(String actorId, String code) {
        get(code);
        int rows = dsl.update(GPU_CLASS).setNull(GPU_CLASS.RETIRED_AT).set(GPU_CLASS.UPDATED_AT, clock.instant())
                .where(GPU_CLASS.CODE.eq(code), GPU_CLASS.RETIRED_AT.isNotNull()).execute();
        if (rows == 1) {
            audit.record(actorId, "GPU_CLASS_REINSTATED", "GPU_CLASS", code, null);
        }
        return get(code);
    }

    /** Name, vendor and memory; returns the memory in GB, or null when refused. */
    private Integer check(GpuClassForm form, Map<String, String> errors) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 200) {
            errors.put("name", texts.getMessage("gpu.error.name"));
        }
        if (form.vendor() == null || form.vendor().isBlank() || form.vendor().strip().length() > 100) {
            errors.put("vendor", texts.getMessage("gpu.error.vendor"));
        }
        String memory = form.memoryGb() == null ? "" : form.memoryGb().strip();
        if (!memory.matches("\\d{1,6}") || Integer.parseInt(memory) == 0) {
            errors.put("memoryGb", texts.getMessage("gpu.error.memory"));
            return null;
        }
        return Integer.valueOf(memory);
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
    }

    private static GpuClass toGpuClass(GpuClassRecord r) {
        return new GpuClass(r.getCode(), r.getName(), r.getVendor(), r.getMemoryGb(), r.getRetiredAt());
    }
}
