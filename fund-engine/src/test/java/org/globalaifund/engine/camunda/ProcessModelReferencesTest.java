package org.globalaifund.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.portal.FormPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every reference in the deployed models resolves in the running application: each {@code camunda:delegateExpression}
 * names a Spring bean that is a {@link JavaDelegate}, each {@code camunda:formKey} has a portal page that a controller
 * serves, and each {@code camunda:decisionRef} and {@code calledElement} names a deployed decision or process.
 */
@FundEngineTest
class ProcessModelReferencesTest {

    private static final Pattern BEAN = Pattern.compile("^[$#]\\{(\\w+)}$");

    @Autowired RepositoryService repository;
    @Autowired ApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyReferenceInTheDeployedModelsResolves() {
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(processes).extracting(ProcessDefinition::getKey)
                .contains(ProcessNames.PROCESS_GRANT_LIFECYCLE, ProcessNames.PROCESS_APPLICATION);
        assertThat(repository.createDecisionDefinitionQuery().list()).extracting(DecisionDefinition::getKey)
                .contains(ProcessNames.DECISION_ELIGIBILITY);

        List<String> problems = new ArrayList<>();
        for (ProcessDefinition process : processes) {
            problems.addAll(problems(repository.getBpmnModelInstance(process.getId())));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyDelegateAndFormKeyTheSharedNamesListIsServed() {
        assertThat(ProcessNames.DELEGATES).allSatisfy(name -> assertThat(context.getBean(name)).isInstanceOf(JavaDelegate.class));
        Set<String> paths = paths();
        assertThat(ProcessNames.FORM_KEYS).allSatisfy(key -> assertThat(paths).contains(FormPages.BY_FORM_KEY.get(key)));
    }

    @Test
    void aMissingDelegateBeanIsReported() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Broken").startEvent().serviceTask("Task_Missing")
                .camundaDelegateExpression("${noSuchDelegate}").userTask().camundaFormKey("portal:no-such-page")
                .businessRuleTask().camundaDecisionRef("NoSuchDecision").callActivity().calledElement("NoSuchProcess").endEvent().done();

        assertThat(problems(model)).containsExactlyInAnyOrder("delegate bean noSuchDelegate", "form key portal:no-such-page",
                "decision NoSuchDecision", "process NoSuchProcess");
    }

    /** What does not resolve in one model, e.g. "delegate bean x"; empty when everything does. */
    List<String> problems(BpmnModelInstance model) {
        Set<String> decisions = repository.createDecisionDefinitionQuery().list().stream().map(DecisionDefinition::getKey)
                .collect(Collectors.toSet());
        Set<String> processes = repository.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getKey)
                .collect(Collectors.toSet());
        Set<String> paths = paths();
        List<String> problems = new ArrayList<>();
        walk(model.getDocument().getRootElement(), element -> {
            String delegate = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            if (delegate != null && !isDelegateBean(delegate)) {
                problems.add("delegate bean " + beanName(delegate));
            }
            String formKey = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, "formKey");
            if (formKey != null && !paths.contains(FormPages.BY_FORM_KEY.get(formKey))) {
                problems.add("form key " + formKey);
            }
            String decision = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, "decisionRef");
            if (decision != null && !decisions.contains(decision)) {
                problems.add("decision " + decision);
            }
            String called = element.getAttribute("calledElement");
            if (called != null && !processes.contains(called)) {
                problems.add("process " + called);
            }
        });
        return problems;
    }

    private Set<String> paths() {
        return mappings.getHandlerMethods().keySet().stream().flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toSet());
    }

    private boolean isDelegateBean(String expression) {
        String name = beanName(expression);
        return context.containsBean(name) && context.getBean(name) instanceof JavaDelegate;
    }

    private static String beanName(String expression) {
        Matcher bean = BEAN.matcher(expression.strip());
        return bean.matches() ? bean.group(1) : expression;
    }

    private static void walk(DomElement element, java.util.function.Consumer<DomElement> visit) {
        visit.accept(element);
        element.getChildElements().forEach(child -> walk(child, visit));
    }
}
