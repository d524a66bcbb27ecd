package org.globalaifund.engine.gpu;

import java.time.Instant;

/**
 * A class of GPU that compute is requested and offered in (A100-80GB, MI300X), from the reference list ADMIN keeps.
 * A retired class ({@code retiredAt} set) is no longer chosen in new requests but stays on the lines that name it.
 */
public record GpuClass(String code, String name, String vendor, int memoryGb, Instant retiredAt) {

    public boolean isRetired() {
        return retiredAt != null;
    }
}
