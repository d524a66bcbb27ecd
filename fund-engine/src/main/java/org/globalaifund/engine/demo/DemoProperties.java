package org.globalaifund.engine.demo;

import java.util.List;
import java.util.Set;
import org.globalaifund.engine.people.Constituency;
import org.globalaifund.engine.people.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo people, from {@code application-demo.yml}: the only place demo passwords exist. */
@ConfigurationProperties("fund.demo")
public record DemoProperties(@DefaultValue List<DemoPerson> people) {

    /** One demo login. */
    public record DemoPerson(String email, String name, String password, Set<Role> roles, Constituency constituency,
            boolean chair) {}
}
