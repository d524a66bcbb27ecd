package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The constants the application uses agree with what the models say, so a renamed delegate or message fails here. */
class ProcessNamesTest {

    private static final List<String> MODELS = List.of("bpmn/Application.bpmn", "bpmn/GrantLifecycle.bpmn");

    @Test
    void shouldListEveryDelegateTheModelsCall() {
        List<String> delegates = all(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression)
                .map(expression -> expression.substring(2, expression.length() - 1))
                .toList();

        assertThat(delegates).containsExactlyInAnyOrderElementsOf(ProcessNames.DELEGATES);
        assertThat(delegates).allMatch(name -> name.endsWith("Delegate"));
    }

    @Test
    void shouldListEveryFormKeyTheModelsUse() {
        assertThat(all(UserTask.class).stream().map(UserTask::getCamundaFormKey).distinct())
                .containsExactlyInAnyOrderElementsOf(ProcessNames.FORM_KEYS);
    }

    @Test
    void shouldNameEveryMessageTheModelsWaitFor() {
        assertThat(all(Message.class).stream().map(Message::getName)).containsExactlyInAnyOrder(
                ProcessNames.MESSAGE_APPLICATION_SUBMITTED, ProcessNames.MESSAGE_INFORMATION_PROVIDED,
                ProcessNames.MESSAGE_APPLICATION_WITHDRAWN, ProcessNames.MESSAGE_REVIEW_COMPLETED,
                ProcessNames.MESSAGE_GRANT_WITHDRAWN);
        assertThat(all(Message.class)).allMatch(message -> message.getId().equals("Message_" + message.getName()));
    }

    @Test
    void shouldKeepProcessIdsEqualToFileNamesWithVersionTagAndTimeToLive() {
        for (String resource : MODELS) {
            Process process = model(resource).getModelElementsByType(Process.class).iterator().next();
            assertThat(resource).isEqualTo("bpmn/" + process.getId() + ".bpmn");
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaVersionTag()).isEqualTo("1.0.0");
            assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
        assertThat(Stream.of(ProcessNames.PROCESS_APPLICATION, ProcessNames.PROCESS_GRANT_LIFECYCLE)
                .map(id -> "bpmn/" + id + ".bpmn")).containsExactlyInAnyOrderElementsOf(MODELS);
    }

    private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> all(Class<T> type) {
        return MODELS.stream().map(ProcessNamesTest::model)
                .map(model -> model.getModelElementsByType(type))
                .flatMap(Collection::stream)
                .toList();
    }

    private static BpmnModelInstance model(String resource) {
        InputStream stream = Objects.requireNonNull(ProcessNamesTest.class.getClassLoader().getResourceAsStream(resource));
        return Bpmn.readModelFromStream(stream);
    }
}
