package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/** The constants the application uses agree with what the models say, so a renamed delegate or message fails here. */
class ProcessNamesTest {

    private static final List<String> MODELS = List.of("bpmn/Application.bpmn", "bpmn/GrantLifecycle.bpmn", "bpmn/Review.bpmn",
            "bpmn/BoardDecision.bpmn", "bpmn/GrantAgreement.bpmn");
    /** The version tag each model carries: a changed model gets a new one, and its callers bind to it. */
    private static final Map<String, String> VERSION_TAGS = Map.of(
            ProcessNames.PROCESS_APPLICATION, ProcessNames.APPLICATION_VERSION_TAG,
            ProcessNames.PROCESS_GRANT_LIFECYCLE, "1.2.0",
            ProcessNames.PROCESS_REVIEW, ProcessNames.REVIEW_VERSION_TAG,
            ProcessNames.PROCESS_BOARD_DECISION, ProcessNames.BOARD_DECISION_VERSION_TAG,
            ProcessNames.PROCESS_GRANT_AGREEMENT, ProcessNames.GRANT_AGREEMENT_VERSION_TAG);
    /** A variable set to a string by a listener ({@code setVariable('name', 'VALUE')}) or compared with one in a condition. */
    private static final Pattern SET_TO = Pattern.compile("setVariable\\('(\\w+)', '(\\w+)'\\)");
    private static final Pattern COMPARED_WITH = Pattern.compile("(?:getVariable\\('(\\w+)'\\)|(\\w+)) == '(\\w+)'");
    private static final List<String> DECISIONS = List.of(ProcessNames.DECISION_ELIGIBILITY,
            ProcessNames.DECISION_REVIEW_AGGREGATION);

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
                ProcessNames.MESSAGE_APPLICATION_WITHDRAWN, ProcessNames.MESSAGE_GRANT_WITHDRAWN,
                ProcessNames.MESSAGE_REVIEW_SUBMITTED, ProcessNames.MESSAGE_REVIEWER_CONFLICTED,
                ProcessNames.MESSAGE_REVIEW_INFORMATION_REQUESTED, ProcessNames.MESSAGE_REVIEW_INFORMATION_PROVIDED,
                ProcessNames.MESSAGE_BOARD_DECIDED, ProcessNames.MESSAGE_GRANT_ACCEPTED, ProcessNames.MESSAGE_GRANT_DECLINED);
        assertThat(all(Message.class)).allMatch(message -> message.getId().equals("Message_" + message.getName()));
    }

    @Test
    void shouldKeepProcessIdsEqualToFileNamesWithVersionTagAndTimeToLive() {
        for (String resource : MODELS) {
            Process process = model(resource).getModelElementsByType(Process.class).iterator().next();
            assertThat(resource).isEqualTo("bpmn/" + process.getId() + ".bpmn");
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaVersionTag()).isEqualTo(VERSION_TAGS.get(process.getId()));
            assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
        assertThat(Stream.of(ProcessNames.PROCESS_APPLICATION, ProcessNames.PROCESS_GRANT_LIFECYCLE, ProcessNames.PROCESS_REVIEW,
                        ProcessNames.PROCESS_BOARD_DECISION, ProcessNames.PROCESS_GRANT_AGREEMENT)
                .map(id -> "bpmn/" + id + ".bpmn")).containsExactlyInAnyOrderElementsOf(MODELS);
    }

    @Test
    void shouldBindEveryCallActivityToTheVersionTagOfTheModelItCalls() {
        assertThat(all(CallActivity.class)).extracting(CallActivity::getCalledElement)
                .containsExactlyInAnyOrder(ProcessNames.PROCESS_APPLICATION, ProcessNames.PROCESS_REVIEW,
                        ProcessNames.PROCESS_BOARD_DECISION, ProcessNames.PROCESS_GRANT_AGREEMENT);
        assertThat(all(CallActivity.class)).extracting(CallActivity::getId).contains(ProcessNames.TASK_REVIEW,
                ProcessNames.TASK_BOARD_DECISION, ProcessNames.TASK_GRANT_AGREEMENT);
        assertThat(all(CallActivity.class)).allSatisfy(call -> {
            assertThat(call.getCamundaCalledElementBinding()).isEqualTo("versionTag");
            assertThat(call.getCamundaCalledElementVersionTag()).isEqualTo(VERSION_TAGS.get(call.getCalledElement()));
        });
    }

    @Test
    void shouldKeepDecisionIdsEqualToFileNamesAndReferToThemByTheirConstants() {
        assertThat(all(BusinessRuleTask.class)).extracting(BusinessRuleTask::getCamundaDecisionRef)
                .containsExactlyInAnyOrderElementsOf(DECISIONS);
        for (String decision : DECISIONS) {
            InputStream stream = Objects.requireNonNull(
                    ProcessNamesTest.class.getClassLoader().getResourceAsStream("bpmn/" + decision + ".dmn"));
            Decision only = Dmn.readModelFromStream(stream).getModelElementsByType(Decision.class).iterator().next();
            assertThat(only.getId()).isEqualTo(decision);
            assertThat(only.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
    }

    @Test
    void shouldNameTheUserTasksTheApplicationLooksFor() {
        assertThat(all(UserTask.class)).extracting(UserTask::getId).containsExactlyInAnyOrder(
                ProcessNames.TASK_SCREEN_APPLICATION, ProcessNames.TASK_ASSIGN_REVIEWERS,
                ProcessNames.TASK_ASSIGN_ANOTHER_REVIEWER, ProcessNames.TASK_ASSIGN_THIRD_REVIEWER,
                ProcessNames.TASK_REVIEW_SANCTIONS_MATCH, ProcessNames.TASK_REVISE_FOR_BOARD);
        assertThat(all(UserTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaCandidateGroups()).isEqualTo(ProcessNames.GROUP_ADMIN);
            assertThat(task.isCamundaAsyncAfter()).isTrue();
        });
    }

    @Test
    void shouldNameTheWaitsTheApplicationCorrelatesTo() {
        Map<String, String> messageOfWait = all(ReceiveTask.class).stream()
                .collect(Collectors.toMap(ReceiveTask::getId, wait -> wait.getMessage().getName()));

        assertThat(messageOfWait)
                .containsEntry(ProcessNames.TASK_WAIT_FOR_BOARD_DECISION, ProcessNames.MESSAGE_BOARD_DECIDED)
                .containsEntry(ProcessNames.TASK_WAIT_FOR_ACCEPTANCE, ProcessNames.MESSAGE_GRANT_ACCEPTED);
    }

    @Test
    void shouldSetAndCompareOnlyTheOutcomeValuesTheConstantsName() {
        assertThat(matches(SET_TO, 1, 2)).containsExactlyInAnyOrder(
                ProcessNames.VAR_DECISION_OUTCOME + "=" + ProcessNames.DECISION_OUTCOME_APPROVED,
                ProcessNames.VAR_DECISION_OUTCOME + "=" + ProcessNames.DECISION_OUTCOME_REJECTED_AT_DUE_DILIGENCE,
                ProcessNames.VAR_DECISION_OUTCOME + "=" + ProcessNames.DECISION_OUTCOME_REJECTED_BY_BOARD,
                ProcessNames.VAR_AGREEMENT_OUTCOME + "=" + ProcessNames.AGREEMENT_OUTCOME_COMMITTED,
                ProcessNames.VAR_AGREEMENT_OUTCOME + "=" + ProcessNames.AGREEMENT_OUTCOME_LAPSED,
                ProcessNames.VAR_AGREEMENT_OUTCOME + "=" + ProcessNames.AGREEMENT_OUTCOME_DECLINED);
        assertThat(matches(COMPARED_WITH, 0, 3)).containsExactlyInAnyOrder(
                ProcessNames.VAR_SCREENING_OUTCOME + "=" + ProcessNames.SCREENING_OUTCOME_SCREENED,
                ProcessNames.VAR_SCREENING_OUTCOME + "=" + ProcessNames.SCREENING_OUTCOME_MORE_INFORMATION,
                ProcessNames.VAR_SANCTIONS_RESULT + "=" + ProcessNames.SANCTIONS_RESULT_CLEAR,
                ProcessNames.VAR_SANCTIONS_DECISION + "=" + ProcessNames.SANCTIONS_DECISION_CLEARED,
                ProcessNames.VAR_SANCTIONS_DECISION + "=" + ProcessNames.SANCTIONS_DECISION_REJECTED,
                ProcessNames.VAR_BOARD_OUTCOME + "=" + ProcessNames.BOARD_OUTCOME_APPROVED,
                ProcessNames.VAR_BOARD_OUTCOME + "=" + ProcessNames.BOARD_OUTCOME_REJECTED,
                ProcessNames.VAR_BOARD_OUTCOME + "=" + ProcessNames.BOARD_OUTCOME_SENT_BACK,
                ProcessNames.VAR_DECISION_OUTCOME + "=" + ProcessNames.DECISION_OUTCOME_APPROVED,
                ProcessNames.VAR_AGREEMENT_OUTCOME + "=" + ProcessNames.AGREEMENT_OUTCOME_COMMITTED);
    }

    /**
     * "variable=VALUE" for each match of the pattern in the models' listener expressions and sequence flow
     * conditions; {@code nameGroup} 0 means the first of groups 1 and 2 that matched.
     */
    private static List<String> matches(Pattern pattern, int nameGroup, int valueGroup) {
        Stream<String> listeners = all(CamundaExecutionListener.class).stream().map(CamundaExecutionListener::getCamundaExpression);
        Stream<String> conditions = all(ConditionExpression.class).stream().map(ConditionExpression::getTextContent);
        return Stream.concat(listeners, conditions)
                .filter(Objects::nonNull)
                .flatMap(text -> pattern.matcher(text).results())
                .map(match -> (nameGroup == 0 ? Objects.requireNonNullElse(match.group(1), match.group(2))
                        : match.group(nameGroup)) + "=" + match.group(valueGroup))
                .toList();
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
