package nl.samenduurzaam.portal.it.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

/** Asks a fixture servlet of the test deployment for data of a test's own; answers what it names. */
final class FixtureRequests {

    private FixtureRequests() {
    }

    static String post(URL portal, String path, Map<String, String> fields) {
        try {
            HttpResponse<String> answer = new HttpSession(portal.toURI()).post(path, fields);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("No fixture from " + path + " for " + fields + ": HTTP "
                        + answer.statusCode());
            }
            return answer.body().trim();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("No fixture from " + path + " for " + fields, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + path + " for " + fields, e);
        }
    }
}
