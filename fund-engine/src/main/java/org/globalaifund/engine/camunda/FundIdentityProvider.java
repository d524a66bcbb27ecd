package org.globalaifund.engine.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Camunda's read-only view of the fund's user store: people are users (id = person id) and roles are
 * groups (id = role name). Nothing is written through Camunda; people are managed on the fund's pages.
 * Only active people are visible, so a deactivated person is no candidate for any task.
 */
public class FundIdentityProvider implements ReadOnlyIdentityProvider {

    private final PersonRepository people;
    private final PasswordEncoder passwords;

    public FundIdentityProvider(PersonRepository people, PasswordEncoder passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    @Override
    public User findUserById(String userId) {
        return people.findById(userId).filter(Person::isActive).map(FundIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PersonQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PersonQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported by the fund's user store");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return people.findById(userId).filter(Person::isActive)
                .flatMap(p -> people.passwordHash(p.id()))
                .map(hash -> password != null && passwords.matches(password, hash))
                .orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(groupId)).findFirst()
                .map(FundIdentityProvider::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new RoleQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new RoleQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
        // read-only: nothing to flush
    }

    @Override
    public void close() {
        // no resources of its own: queries run on the shared DataSource inside the engine's transaction
    }

    static User toUser(Person person) {
        UserEntity user = new UserEntity(person.id());
        user.setFirstName(person.displayName());
        user.setLastName("");
        user.setEmail(person.email());
        return user;
    }

    static Group toGroup(Role role) {
        GroupEntity group = new GroupEntity(role.name());
        group.setName(role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '));
        group.setType("WORKFLOW");
        return group;
    }

    private static <T> List<T> page(Stream<T> all, Page page) {
        Stream<T> stream = all;
        if (page != null) {
            stream = stream.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return stream.toList();
    }

    private static Predicate<String> like(String pattern) {
        if (pattern == null) {
            return s -> true;
        }
        String regex = "\\Q" + pattern.toLowerCase().replace("%", "\\E.*\\Q") + "\\E";
        return s -> s != null && s.toLowerCase().matches(regex);
    }

    /** Camunda's user query answered from the fund's people table. */
    private final class PersonQuery extends UserQueryImpl {

        PersonQuery() {
        }

        PersonQuery(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(matching().map(FundIdentityProvider::toUser), page);
        }

        private Stream<Person> matching() {
            Stream<Person> candidates = id != null
                    ? people.findById(id).stream()
                    : groupId != null
                            ? Optional.ofNullable(findGroupById(groupId)).stream()
                                    .flatMap(g -> people.findWithRole(Role.valueOf(groupId)).stream())
                            : people.findAll().stream();
            return candidates.filter(Person::isActive)
                    .filter(p -> ids == null || Arrays.asList(ids).contains(p.id()))
                    .filter(p -> firstName == null || firstName.equals(p.displayName()))
                    .filter(p -> like(firstNameLike).test(p.displayName()))
                    .filter(p -> email == null || email.equalsIgnoreCase(p.email()))
                    .filter(p -> like(emailLike).test(p.email()))
                    .filter(p -> tenantId == null);
        }
    }

    /** Camunda's group query answered from the fund's roles. */
    private final class RoleQuery extends GroupQueryImpl {

        RoleQuery() {
        }

        RoleQuery(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(matching().map(FundIdentityProvider::toGroup), page);
        }

        private Stream<Role> matching() {
            Person member = userId == null ? null : people.findById(userId).filter(Person::isActive).orElse(null);
            return Arrays.stream(Role.values())
                    .filter(r -> id == null || id.equals(r.name()))
                    .filter(r -> ids == null || Arrays.asList(ids).contains(r.name()))
                    .filter(r -> name == null || name.equals(toGroup(r).getName()))
                    .filter(r -> like(nameLike).test(toGroup(r).getName()))
                    .filter(r -> type == null || "WORKFLOW".equals(type))
                    .filter(r -> userId == null || (member != null && member.has(r)))
                    .filter(r -> tenantId == null)
                    .filter(Objects::nonNull);
        }
    }

    /** The fund runs without Camunda tenants. */
    private static final class NoTenants extends TenantQueryImpl {

        NoTenants() {
        }

        NoTenants(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
