package org.globalaifund.engine.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** ADMIN's pages for the GPU classes: the seeded list, adding (codes unique), correcting, retiring and reinstating. */
@FundEngineTest
class GpuClassPagesTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired GpuClassService classes;
    @Autowired PeopleService people;

    Person admin;
    String code;

    @BeforeEach
    void anAdminAndAFreshCode() {
        admin = person(Role.ADMIN);
        code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    Person person(Role role) {
        String email = role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@gpu.test";
        return people.createActive(null, email, "Tester " + role, PASSWORD, EnumSet.of(role));
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), PASSWORD);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder add(String code, String name, String vendor, String memory) {
        return post("/admin/gpu-classes").with(csrf()).param("code", code).param("name", name).param("vendor", vendor).param("memoryGb", memory);
    }

    @Test
    void theReferenceClassesAreSeededAndLinkedFromTheAdminArea() throws Exception {
        assertThat(page(get("/admin/gpu-classes"))).contains("A100-80GB", "H100-80GB", "H200", "MI300X", "192 GB");
        assertThat(page(get("/admin"))).contains("href=\"/admin/gpu-classes\"");
    }

    @Test
    void adminAddsAClassThatApplicantsMayThenChoose() throws Exception {
        mvc.perform(add(code, "NVIDIA L40S 48 GB", "NVIDIA", "48").with(as(admin))).andExpect(redirectedUrl("/admin/gpu-classes"));

        assertThat(classes.get(code)).isEqualTo(new GpuClass(code, "NVIDIA L40S 48 GB", "NVIDIA", 48, null));
        assertThat(classes.active()).extracting(GpuClass::code).contains(code);
        assertThat(page(get("/admin/gpu-classes"))).contains(code, "NVIDIA L40S 48 GB");
    }

    @Test
    void aTakenCodeIsRefusedNextToTheCodeAndNothingChanges() throws Exception {
        String html = page(add("A100-80GB", "Something else", "Other", "16"));

        assertThat(html).contains("id=\"code-error\"").contains("A GPU class with code A100-80GB exists already")
                .contains("aria-describedby=\"code-hint code-error\"").contains("value=\"Something else\"");
        assertThat(classes.get("A100-80GB").name()).isEqualTo("NVIDIA A100 80 GB");
    }

    @Test
    void aBadCodeNameVendorOrMemoryIsRefusedFieldByFieldAndNothingIsAdded() throws Exception {
        String html = page(add("lower case", " ", "", "0"));

        assertThat(html).contains("id=\"code-error\"", "id=\"name-error\"", "id=\"vendor-error\"", "id=\"memoryGb-error\"",
                "href=\"#memoryGb\"");
        assertThat(page(add(code, "Name", "Vendor", "1.5"))).contains("id=\"memoryGb-error\"");
        assertThat(classes.find(code)).isEmpty();
    }

    @Test
    void adminCorrectsTheNameVendorAndMemoryButNotTheCode() throws Exception {
        classes.add(admin.id(), new GpuClassService.GpuClassForm(code, "Old name", "Old vendor", "40"));

        mvc.perform(post("/admin/gpu-classes/" + code).with(csrf()).with(as(admin)).param("code", "OTHER").param("name", "New name")
                .param("vendor", "AMD").param("memoryGb", "64")).andExpect(redirectedUrl("/admin/gpu-classes/" + code));
        String refused = page(post("/admin/gpu-classes/" + code).with(csrf()).param("name", "").param("vendor", "AMD").param("memoryGb", "64"));

        assertThat(classes.get(code)).isEqualTo(new GpuClass(code, "New name", "AMD", 64, null));
        assertThat(classes.find("OTHER")).isEmpty();
        assertThat(refused).contains("id=\"name-error\"");
        assertThat(page(get("/admin/gpu-classes/" + code))).contains("value=\"New name\"");
        mvc.perform(get("/admin/gpu-classes/NO-SUCH-CLASS").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aRetiredClassIsNoLongerOfferedUntilReinstated() throws Exception {
        classes.add(admin.id(), new GpuClassService.GpuClassForm(code, "Name", "Vendor", "40"));

        mvc.perform(post("/admin/gpu-classes/" + code + "/retirement").with(csrf()).with(as(admin))).andExpect(redirectedUrl("/admin/gpu-classes"));
        assertThat(classes.get(code).isRetired()).isTrue();
        assertThat(classes.active()).extracting(GpuClass::code).doesNotContain(code);
        assertThat(classes.all()).extracting(GpuClass::code).contains(code);
        assertThat(page(get("/admin/gpu-classes"))).contains("action=\"/admin/gpu-classes/" + code + "/reinstatement\"");

        mvc.perform(post("/admin/gpu-classes/" + code + "/reinstatement").with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/gpu-classes"));
        assertThat(classes.get(code).isRetired()).isFalse();
        assertThat(classes.active()).extracting(GpuClass::code).contains(code);
    }

    @Test
    void noOneButAdminReachesThePages() throws Exception {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            Person someone = person(role);
            mvc.perform(get("/admin/gpu-classes").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(add(code, "Name", "Vendor", "40").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/gpu-classes/A100-80GB/retirement").with(csrf()).with(as(someone))).andExpect(status().isForbidden());
        }
        assertThat(classes.find(code)).isEmpty();
        assertThat(classes.get("A100-80GB").isRetired()).isFalse();
    }
}
