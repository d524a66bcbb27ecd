package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads through the real servlet container, where the multipart limits and Tomcat's handling of an unread body
 * apply (MockMvc has neither): a file just over 10 MB and a body well over the multipart limit both come back as
 * the attachments page with the message next to the file field, over a connection that is not reset, with nothing
 * stored. The CSRF token travels in the form's address, since the body of an oversized upload is never parsed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fund-uploads;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=uploads"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AttachmentUploadLimitServerTest {

    @LocalServerPort int port;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired ApplicationAttachments attachments;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    Person me;
    Application app;
    String basic;

    @BeforeEach
    void aDraft() {
        me = fx.person(Role.APPLICANT);
        app = applications.start(me.id(), fx.openCall("50000.00").id());
        basic = "Basic " + Base64.getEncoder().encodeToString((me.email() + ":" + ApplicationFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRealPdfGoesThroughTheContainerWithTheTokenInTheFormAddress() throws Exception {
        HttpResponse<String> response = upload(TestPdfs.pdf("Through Tomcat"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(attachments.of(app.id())).hasSize(1);
    }

    @Test
    void aFileOfTenMegabytesAndOneByteIsRefusedNextToTheField() throws Exception {
        HttpResponse<String> response = upload(new byte[(int) ApplicationAttachments.MAX_BYTES + 1]);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"file-error\"").contains("larger than 10 MB");
        assertThat(attachments.of(app.id())).isEmpty();
    }

    @Test
    void aBodyFarOverTheMultipartLimitGetsThePageWithTheMessageNotAReset() throws Exception {
        HttpResponse<String> response = upload(new byte[25 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("id=\"file-error\"").contains("larger than 10 MB").contains("class=\"error-summary\"")
                .doesNotContain("Exception");
        assertThat(attachments.of(app.id())).isEmpty();
    }

    /** Opens the attachments page (as a browser would), then posts the file to the form's action. */
    private HttpResponse<String> upload(byte[] file) throws Exception {
        String page = "http://localhost:" + port + "/applicant/applications/" + app.id() + "/attachments";
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(page)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]*_csrf=[^\"]*)\"").matcher(form.body());
        assertThat(action.find()).as("the upload form carries its CSRF token in its address").isTrue();
        String target = "http://localhost:" + port + action.group(1).replace("&amp;", "&");
        assertThat(URLDecoder.decode(target, StandardCharsets.UTF_8)).contains("/attachments?_csrf=");

        String boundary = "----upload" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nWork plan\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(target)).header("Authorization", basic)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
