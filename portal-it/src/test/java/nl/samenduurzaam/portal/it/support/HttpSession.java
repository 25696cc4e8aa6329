package nl.samenduurzaam.portal.it.support;

import nl.samenduurzaam.portal.demo.DemoData;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over plain HTTP, with a session cookie of its own: logs in through the real login form
 * (with its view state and hidden fields) and fetches pages as that person.
 */
public final class HttpSession {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Logs in with a demo account; fails unless the portal answers with the redirect to the start page. */
    public HttpSession loginAs(String username) throws IOException, InterruptedException {
        return loginAs(username, DemoData.PASSWORD);
    }

    /** Logs in with this password; fails unless the portal answers with the redirect to the start page. */
    public HttpSession loginAs(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = tryLogin(username, password);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login as " + username + " answered " + answer.statusCode());
        }
        return this;
    }

    /** Sends the login form with the demo password and returns the answer as it is (a redirect when logged in). */
    public HttpResponse<String> tryLogin(String username) throws IOException, InterruptedException {
        return tryLogin(username, DemoData.PASSWORD);
    }

    /** Sends the login form with this password and returns the answer as it is. */
    public HttpResponse<String> tryLogin(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("login.xhtml");
        return submit("login.xhtml", form.body(), "login-form", "login-form:submit",
                Map.of("login-form:username", username, "login-form:password", password));
    }

    /**
     * Sends a form of the page last read at {@code path} as the browser does without AJAX: the page's hidden fields,
     * the form, the pressed button and the given fields, and the page's CSP nonce as PrimeFaces' script adds it to
     * every post under its CSP (without it a page rendered in answer fails with "CSP nonce mismatch").
     */
    public HttpResponse<String> submit(String path, String page, String form, String button,
                                       Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> post = new LinkedHashMap<>(hiddenFieldsOf(formOf(page, form)));
        post.put(form, form);
        post.putAll(fields);
        post.put(button, "");
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            post.put("primefaces.nonce", nonce.group(1));
        }
        return post(path, post);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a PrimeFaces AJAX form post as the browser does from the page last read at {@code path} (its view state
     * and the CSP nonce of that page included); answers the partial response.
     */
    public HttpResponse<String> ajaxPost(String path, String page, String form, String source,
                                         Map<String, String> fields) throws IOException, InterruptedException {
        Matcher nonce = NONCE.matcher(page);
        Map<String, String> post = new LinkedHashMap<>();
        hiddenFieldsOf(page).forEach((name, value) -> {
            if (name.startsWith("jakarta.faces.")) {
                post.put(name, value);
            }
        });
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", form);
        post.put("jakarta.faces.partial.render", form);
        post.put(source, source);
        post.put(form, form);
        post.putAll(fields);
        if (nonce.find()) {
            post.put("primefaces.nonce", nonce.group(1));
        }
        String body = post.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens the WebSocket a page of this visitor opens (OmniFaces' push endpoint, {@code socketPath} as the page
     * names it), with this visitor's session cookie in the handshake.
     */
    public WebSocket openSocket(String socketPath, WebSocket.Listener listener) {
        URI socket = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(socketPath);
        return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(socket, listener)
                .join();
    }

    /** The session cookie's value this visitor holds now (null before the first answer that set one). */
    public String sessionId() {
        return cookies.getCookieStore().get(base).stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** From now on every request carries this header too (e.g. the Origin a page of another site sends). */
    public HttpSession sendingHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return request;
    }

    /** The form with this id as the page has it (the whole page when it has none): a browser sends only its fields. */
    private static String formOf(String page, String form) {
        int start = page.indexOf("<form id=\"" + form + "\"");
        int end = start < 0 ? -1 : page.indexOf("</form>", start);
        return end < 0 ? page : page.substring(start, end);
    }

    private static Map<String, String> hiddenFieldsOf(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN_INPUT.matcher(page);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
