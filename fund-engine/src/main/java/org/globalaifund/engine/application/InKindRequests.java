package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION_COMPUTE_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_DATA_JURISDICTION;
import static org.globalaifund.engine.db.Tables.APPLICATION_DATA_LINE;
import static org.globalaifund.engine.db.Tables.APPLICATION_PEOPLE_REQUEST;

import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.gpu.GpuClassService;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.reference.UnRegion;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-kind parts of applications in their tables: read as one {@link InKindRequest}, each part replaced as a whole
 * when its step is saved (lines keep the order they were entered in). Checks nothing: {@link InKindService} does.
 */
@Repository
@Transactional
public class InKindRequests {

    private final DSLContext dsl;
    private final GpuClassService gpuClasses;
    private final NetworkNodeService nodes;

    InKindRequests(DSLContext dsl, GpuClassService gpuClasses, NetworkNodeService nodes) {
        this.dsl = dsl;
        this.gpuClasses = gpuClasses;
        this.nodes = nodes;
    }

    @Transactional(readOnly = true)
    public InKindRequest of(String applicationId) {
        List<ComputeLine> compute = dsl.selectFrom(APPLICATION_COMPUTE_LINE).where(APPLICATION_COMPUTE_LINE.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_COMPUTE_LINE.LINE_NO)
                .fetch(r -> new ComputeLine(gpuClasses.get(r.getGpuClassCode()), r.getGpuHours(),
                        r.getRegionM49() == null ? null : UnRegion.ofM49(r.getRegionM49()).orElseThrow(),
                        r.getNodeId() == null ? null : nodes.get(r.getNodeId()), r.getStartsOn(), r.getEndsOn()));
        List<DataLine> data = dsl.selectFrom(APPLICATION_DATA_LINE).where(APPLICATION_DATA_LINE.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_DATA_LINE.LINE_NO)
                .fetch(r -> new DataLine(DataKind.valueOf(r.getKind()), r.getDescription(), DataLicence.valueOf(r.getLicence()),
                        r.getLicenceNote(), dsl.select(APPLICATION_DATA_JURISDICTION.COUNTRY_CODE).from(APPLICATION_DATA_JURISDICTION)
                                .where(APPLICATION_DATA_JURISDICTION.DATA_LINE_ID.eq(r.getId()))
                                .orderBy(APPLICATION_DATA_JURISDICTION.COUNTRY_CODE).fetch(APPLICATION_DATA_JURISDICTION.COUNTRY_CODE)));
        PeopleRequest people = dsl.selectFrom(APPLICATION_PEOPLE_REQUEST).where(APPLICATION_PEOPLE_REQUEST.APPLICATION_ID.eq(applicationId))
                .fetchOptional(r -> new PeopleRequest(r.getTrainingSeats(), r.getTrainingTopic(), r.getExpertHours(), r.getExpertise()))
                .orElse(PeopleRequest.NONE);
        return new InKindRequest(compute, data, people);
    }

    void replaceCompute(String applicationId, List<ComputeLine> lines) {
        dsl.deleteFrom(APPLICATION_COMPUTE_LINE).where(APPLICATION_COMPUTE_LINE.APPLICATION_ID.eq(applicationId)).execute();
        for (int i = 0; i < lines.size(); i++) {
            ComputeLine line = lines.get(i);
            dsl.insertInto(APPLICATION_COMPUTE_LINE).set(APPLICATION_COMPUTE_LINE.ID, UUID.randomUUID().toString())
                    .set(APPLICATION_COMPUTE_LINE.APPLICATION_ID, applicationId).set(APPLICATION_COMPUTE_LINE.LINE_NO, i + 1)
                    .set(APPLICATION_COMPUTE_LINE.GPU_CLASS_CODE, line.gpuClass().code())
                    .set(APPLICATION_COMPUTE_LINE.GPU_HOURS, line.gpuHours())
                    .set(APPLICATION_COMPUTE_LINE.REGION_M49, line.region() == null ? null : line.region().m49())
                    .set(APPLICATION_COMPUTE_LINE.NODE_ID, line.node() == null ? null : line.node().id())
                    .set(APPLICATION_COMPUTE_LINE.STARTS_ON, line.startsOn()).set(APPLICATION_COMPUTE_LINE.ENDS_ON, line.endsOn())
                    .execute();
        }
    }

    void replaceData(String applicationId, List<DataLine> lines) {
        var ids = dsl.select(APPLICATION_DATA_LINE.ID).from(APPLICATION_DATA_LINE).where(APPLICATION_DATA_LINE.APPLICATION_ID.eq(applicationId));
        dsl.deleteFrom(APPLICATION_DATA_JURISDICTION).where(APPLICATION_DATA_JURISDICTION.DATA_LINE_ID.in(ids)).execute();
        dsl.deleteFrom(APPLICATION_DATA_LINE).where(APPLICATION_DATA_LINE.APPLICATION_ID.eq(applicationId)).execute();
        for (int i = 0; i < lines.size(); i++) {
            DataLine line = lines.get(i);
            String id = UUID.randomUUID().toString();
            dsl.insertInto(APPLICATION_DATA_LINE).set(APPLICATION_DATA_LINE.ID, id).set(APPLICATION_DATA_LINE.APPLICATION_ID, applicationId)
                    .set(APPLICATION_DATA_LINE.LINE_NO, i + 1).set(APPLICATION_DATA_LINE.KIND, line.kind().name())
                    .set(APPLICATION_DATA_LINE.DESCRIPTION, line.description()).set(APPLICATION_DATA_LINE.LICENCE, line.licence().name())
                    .set(APPLICATION_DATA_LINE.LICENCE_NOTE, line.licenceNote()).execute();
            for (String country : line.jurisdictions()) {
                dsl.insertInto(APPLICATION_DATA_JURISDICTION).set(APPLICATION_DATA_JURISDICTION.DATA_LINE_ID, id)
                        .set(APPLICATION_DATA_JURISDICTION.COUNTRY_CODE, country).execute();
            }
        }
    }

    void replacePeople(String applicationId, PeopleRequest people) {
        dsl.deleteFrom(APPLICATION_PEOPLE_REQUEST).where(APPLICATION_PEOPLE_REQUEST.APPLICATION_ID.eq(applicationId)).execute();
        if (people.trainingSeats() > 0 || people.expertHours() > 0) {
            dsl.insertInto(APPLICATION_PEOPLE_REQUEST).set(APPLICATION_PEOPLE_REQUEST.APPLICATION_ID, applicationId)
                    .set(APPLICATION_PEOPLE_REQUEST.TRAINING_SEATS, people.trainingSeats())
                    .set(APPLICATION_PEOPLE_REQUEST.TRAINING_TOPIC, people.trainingTopic())
                    .set(APPLICATION_PEOPLE_REQUEST.EXPERT_HOURS, people.expertHours())
                    .set(APPLICATION_PEOPLE_REQUEST.EXPERTISE, people.expertise()).execute();
        }
    }
}
