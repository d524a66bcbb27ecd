package org.globalaifund.engine.camunda;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Plugs the fund's user store into Camunda and sets up its authorisations: members of the ADMIN group
 * are Camunda administrators; FINANCE may use Cockpit and Tasklist to see processes and work on tasks.
 * Authorisation checks are on, so nobody else sees anything through Camunda.
 */
@Component
public class FundIdentityPlugin extends AbstractProcessEnginePlugin {

    static final String FINANCE = Role.FINANCE.name();
    static final String ADMIN = Role.ADMIN.name();

    private final PersonRepository people;
    private final PasswordEncoder passwords;

    public FundIdentityPlugin(PersonRepository people, PasswordEncoder passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new FundIdentityProvider(people, passwords);
            }
        });
        configuration.setAuthorizationEnabled(true);
        configuration.setAdminGroups(new java.util.ArrayList<>(List.of(Role.ADMIN.name())));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        // Camunda's admin bypass covers engine checks, but the webapps ask for explicit grants (as for camunda-admin).
        for (Resources resource : Resources.values()) {
            grant(authorizations, ADMIN, resource, "*", Permissions.ALL);
        }
        grant(authorizations, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
        grant(authorizations, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(authorizations, Resources.TASK, "*", TaskPermissions.READ, TaskPermissions.TASK_WORK);
        grant(authorizations, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(authorizations, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(authorizations, Resources.FILTER, "*", Permissions.READ);
    }

    /** Grants a group the permissions on a resource, once: restarts find the authorisation already there. */
    private static void grant(AuthorizationService authorizations, Resource resource, String resourceId, Permission... permissions) {
        grant(authorizations, FINANCE, resource, resourceId, permissions);
    }

    private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
            Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
