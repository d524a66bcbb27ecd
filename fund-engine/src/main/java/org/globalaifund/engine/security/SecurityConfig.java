package org.globalaifund.engine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what. Everything is denied unless a rule below opens it to a role: the API and
 * Camunda's REST API are stateless (HTTP Basic, problem+json), pages use a form login with CSRF, and
 * Camunda's webapps sit behind the same login, for ADMIN and FINANCE only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    static final String[] PUBLIC_PAGES = {
        "/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/invitation/**", "/register", "/register/**", "/password/**",
        "/calls", "/calls/*", "/priorities", "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    /** The API of funds, donors, contributions, rates and the books: FINANCE's, and ADMIN's to see. */
    static final String[] FINANCE_API = {
        "/api/v1/funds/**", "/api/v1/donors/**", "/api/v1/pledges/**", "/api/v1/receipts/**",
        "/api/v1/unapplied-receipts/**", "/api/v1/exchange-rates/**", "/api/v1/fx-conversions/**", "/api/v1/books/**",
        "/api/v1/funds", "/api/v1/donors", "/api/v1/pledges", "/api/v1/receipts", "/api/v1/unapplied-receipts",
        "/api/v1/exchange-rates", "/api/v1/fx-conversions", "/api/v1/books"
    };

    /** A path pattern independent of Spring MVC: Camunda's webapps and REST API are other servlets and filters. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** BCrypt at cost 12 by default; tests lower it, since every request of theirs logs in anew. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${fund.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, PersonRepository people,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/people", "/api/v1/people/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*").permitAll()
                        .requestMatchers("/api/v1/calls", "/api/v1/calls/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(FINANCE_API).hasAnyRole(Role.FINANCE.name(), Role.ADMIN.name())
                        .anyRequest().access(new UnmappedPaths(controllers)))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint()).accessDeniedHandler(problems.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new CurrentPersonFilter(people), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, ObjectMapper json, PersonRepository people) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint()).accessDeniedHandler(problems.accessDenied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new CurrentPersonFilter(people), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, PersonRepository people,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/home", "/account", "/logout").authenticated()
                        .requestMatchers(path("/camunda/**")).hasAnyRole(Role.ADMIN.name(), Role.FINANCE.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/finance/**").hasAnyRole(Role.FINANCE.name(), Role.ADMIN.name())
                        .requestMatchers("/applicant/**").hasRole(Role.APPLICANT.name())
                        .requestMatchers("/reviewer/**").hasRole(Role.REVIEWER.name())
                        .requestMatchers("/board/**").hasRole(Role.BOARD_MEMBER.name())
                        .requestMatchers("/donor/**").hasRole(Role.DONOR.name())
                        .requestMatchers("/node/**").hasRole(Role.NODE_OPERATOR.name())
                        .requestMatchers("/monitor/**").hasRole(Role.MONITOR.name())
                        .anyRequest().access(new UnmappedPaths(controllers)))
                .formLogin(form -> form.loginPage("/login").successHandler(new AreaRedirect()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .httpBasic(Customizer.withDefaults())
                // Camunda's webapps bring their own CSRF protection (X-XSRF-TOKEN); ours covers every other form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/api/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .addFilterAfter(new CurrentPersonFilter(people), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Hands the Spring Security login to Camunda's webapps (Cockpit, Tasklist, Admin). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }

    /** Runs Camunda's REST API as the logged-in ADMIN, so the engine's authorisation checks apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(102);
        return registration;
    }
}
