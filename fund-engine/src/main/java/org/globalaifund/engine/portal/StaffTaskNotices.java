package org.globalaifund.engine.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails the people who must act when a process creates a user task for their role (screening, assigning
 * reviewers...): every active person of each candidate group, in their language, with a link to the task's portal
 * page. It listens to Camunda's task events (the Spring eventing bridge), inside the engine's transaction, so the
 * emails are queued in the outbox with the task and sent after commit, once per task and person.
 */
@Component
class StaffTaskNotices {

    private final Outbox outbox;
    private final PersonRepository people;
    private final MessageSource messages;
    private final Languages languages;
    private final FundProperties properties;

    StaffTaskNotices(Outbox outbox, PersonRepository people, MessageSource messages, Languages languages, FundProperties properties) {
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.languages = languages;
        this.properties = properties;
    }

    private static Role role(String group) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(group)).findFirst().orElse(null);
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void created(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        String formKey = userTask == null ? null : userTask.getCamundaFormKey();
        String page = formKey == null ? null : FormPages.BY_FORM_KEY.get(formKey);
        if (page == null) {
            return;
        }
        String link = properties.publicUrl() + page.replace("{taskId}", task.getId());
        task.getCandidates().stream().filter(c -> IdentityLinkType.CANDIDATE.equals(c.getType()) && c.getGroupId() != null)
                .map(c -> role(c.getGroupId())).filter(Objects::nonNull).distinct()
                .flatMap(role -> people.findWithRole(role).stream()).filter(Person::isActive).distinct()
                .forEach(person -> {
                    Locale locale = languages.localeOf(person.preferredLanguage());
                    String name = messages.getMessage("task.name." + task.getTaskDefinitionKey(), null, task.getName(), locale);
                    outbox.email("task:" + task.getId() + ":" + person.id(), person.email(),
                            messages.getMessage("task.mail.subject", new Object[] {name}, locale),
                            messages.getMessage("task.mail.body", new Object[] {person.displayName(), name, link}, locale));
                });
    }
}
