package org.globalaifund.engine.call;

/** The five "AI enablers" the fund finances (HLAB-AI Recommendation 5, a to e). */
public enum PriorityArea {
    SHARED_COMPUTE,
    SANDBOXES_AND_TESTING,
    GOVERNANCE_SAFETY_INTEROPERABILITY,
    DATA_AND_MODEL_RESEARCH,
    MODEL_AND_DATA_LIBRARIES
}
