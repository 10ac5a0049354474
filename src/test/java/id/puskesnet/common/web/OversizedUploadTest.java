package id.puskesnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * An upload over the multipart limit reaches the user as the form again with a message, not as the servlet
 * container's bare error page. Runs on a real server: the container enforces the limit.
 */
class OversizedUploadTest extends ServerIntegrationTest {

    @Test
    void anUploadOverTheLimitIsSentBackToItsForm() throws Exception {
        byte[] body = multipart(11 * 1024 * 1024);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                        .newBuilder(URI.create("http://localhost:" + port + "/facilities/import"))
                        .header("Content-Type", "multipart/form-data; boundary=grens")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/facilities/import?uploadTooLarge=true"));
    }

    private static byte[] multipart(int size) {
        byte[] head = ("--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--grens--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + size, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }
}
