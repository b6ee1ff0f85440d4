package dev.claims.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with the JDK's WebSocket client (no extra dependency):
 * start it, open a page, evaluate JavaScript, click, press keys, reload, download, take a screenshot.
 *
 * <p>Where no Chromium is installed, {@link #startOrSkip} skips the calling test, unless the environment variable
 * {@value #REQUIRED_ENV} is {@code required} (as in CI), where it fails it.
 *
 * <pre>{@code
 * try (DevTools browser = DevTools.startOrSkip(tempDir.resolve("profile"))) {
 *     DevTools.Page page = browser.open(Path.of("report.html").toUri());
 *     page.evaluate("document.title").asText();   // "claims report"
 * }
 * }</pre>
 */
public final class DevTools implements AutoCloseable {
    /** Set to {@code required} to make a missing browser fail the tests instead of skipping them. */
    public static final String REQUIRED_ENV = "CLAIMS_BROWSER_TESTS";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S{1,200})");
    private static final long TIMEOUT_SECONDS = 30;

    private final Process process;
    private final Connection browser;
    private final URI endpoint;

    private DevTools(Process process, URI endpoint) throws Exception {
        this.process = process;
        this.endpoint = endpoint;
        this.browser = Connection.open(endpoint);
    }

    /**
     * Starts Chromium with a fresh profile; skips the test (JUnit assumption) where none is installed, or fails it
     * when {@value #REQUIRED_ENV}{@code =required}.
     */
    public static DevTools startOrSkip(Path profile) throws Exception {
        Path chromium = findChromium();
        if (chromium == null) {
            noBrowser(System.getenv(REQUIRED_ENV));
        }
        return start(chromium, profile);
    }

    /** Fails (when {@code required} is "required") or skips the calling test: there is no browser. */
    static void noBrowser(String required) {
        String msg = "no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM)";
        if ("required".equals(required)) {
            throw new AssertionError(REQUIRED_ENV + "=required but " + msg);
        }
        org.junit.jupiter.api.Assumptions.abort("skipping the browser test: " + msg);
    }

    /** The Chromium to use, or null: $CHROMIUM, else /usr/bin/chromium or chromium-browser. */
    public static Path findChromium() {
        String env = System.getenv("CHROMIUM");
        for (String p : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (p != null && Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    public static DevTools start(Path chromium, Path profile) throws Exception {
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--remote-allow-origins=*", "--remote-debugging-port=0",
                "--window-size=1200,900", "--user-data-dir=" + profile, "about:blank")).start();
        p.getOutputStream().close();
        CompletableFuture<URI> ws = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        ws.complete(URI.create(m.group(1)));
                    }
                }
                ws.completeExceptionally(new IOException("chromium exited without a DevTools endpoint"));
            } catch (IOException e) {
                ws.completeExceptionally(e);
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            return new DevTools(p, ws.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (Exception e) {
            destroy(p);
            throw e;
        }
    }

    /** Lets pages download files into the directory, under their suggested names. */
    public void allowDownloads(Path dir) throws Exception {
        browser.call("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                dir.toAbsolutePath().toString()));
    }

    /** Closes a page opened with {@link #open}. */
    public void close(Page page) throws Exception {
        browser.call("Target.closeTarget", Map.of("targetId", page.targetId));
        page.c.close();
    }

    /** Opens a page at the URL and waits until it has loaded. */
    public Page open(URI url) throws Exception {
        String target = browser.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        Connection page = Connection.open(URI.create("ws://" + endpoint.getAuthority() + "/devtools/page/" + target));
        page.call("Page.enable", Map.of());
        page.call("Page.navigate", Map.of("url", url.toString()));
        Page p = new Page(page, target);
        p.awaitLoad();
        return p;
    }

    @Override
    public void close() {
        try {
            browser.call("Browser.close", Map.of());
        } catch (Exception ignored) {
            // it may already be gone
        }
        browser.close();
        destroy(process);
    }

    private static void destroy(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One page (tab). */
    public static final class Page {
        private final Connection c;
        private final String targetId;

        Page(Connection c, String targetId) {
            this.c = c;
            this.targetId = targetId;
        }

        private void awaitLoad() throws Exception {
            for (int i = 0; i < 100; i++) {
                try {
                    if (evaluate("new Promise(r => document.readyState === 'complete' ? r(true)"
                            + " : addEventListener('load', () => r(true)))").asBoolean()) {
                        return;
                    }
                } catch (AssertionError | IOException e) {
                    // the context is being replaced by the navigation: try again
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the page did not load");
        }

        /** Reloads the page (same URL, fragment included) and waits until it has loaded again. */
        public void reload() throws Exception {
            evaluate("window.__beforeReload = true");
            c.call("Page.reload", Map.of());
            for (int i = 0; i < 200 && evaluateQuietly("window.__beforeReload === true"); i++) {
                Thread.sleep(25);
            }
            awaitLoad();
        }

        private boolean evaluateQuietly(String expression) {
            try {
                return evaluate(expression).asBoolean();
            } catch (Exception | AssertionError e) {
                return true;
            }
        }

        /** Types one key (as a real key press: keydown, char, keyup) into whatever has focus. */
        public void press(String key) throws Exception {
            c.call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", key));
            c.call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
        }

        /** Renders the page for the CSS media type ("print", "screen"; "" for the default). */
        public void emulateMedia(String media) throws Exception {
            c.call("Emulation.setEmulatedMedia", Map.of("media", media));
        }

        /** Types text into whatever has focus, as if from a keyboard. */
        public void type(String text) throws Exception {
            c.call("Input.insertText", Map.of("text", text));
        }

        /** Evaluates an expression (awaiting promises) and returns its JSON value. */
        public JsonNode evaluate(String expression) throws Exception {
            JsonNode r = c.call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                    "returnByValue", true));
            if (r.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + r.get("exceptionDetails"));
            }
            return r.get("result").path("value");
        }

        /** A real mouse click at the centre of (the first line box of) the first element matching the selector. */
        public void click(String selector) throws Exception {
            JsonNode box = evaluate("(() => { const e = document.querySelector(" + MAPPER.writeValueAsString(selector)
                    + "); e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0] || e.getBoundingClientRect();"
                    + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
            for (String type : new String[] {"mousePressed", "mouseReleased"}) {
                c.call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
                        "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
        }

        /** A PNG of the element matching the selector, with a margin around it, at device scale 1. */
        public byte[] screenshot(String selector, int margin) throws Exception {
            JsonNode r = evaluate("(() => { const e = document.querySelector(" + MAPPER.writeValueAsString(selector)
                    + "); const r = e.getBoundingClientRect(); return {x: r.x + scrollX, y: r.y + scrollY,"
                    + " w: r.width, h: r.height}; })()");
            double x = Math.max(0, r.get("x").asDouble() - margin);
            double y = Math.max(0, r.get("y").asDouble() - margin);
            JsonNode shot = c.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", x, "y", y, "width", r.get("w").asDouble() + 2 * margin,
                            "height", r.get("h").asDouble() + 2 * margin, "scale", 1)));
            return java.util.Base64.getDecoder().decode(shot.get("data").asText());
        }

        /** A PNG of what the window shows. */
        public byte[] viewport() throws Exception {
            JsonNode r = c.call("Page.captureScreenshot", Map.of("format", "png"));
            return java.util.Base64.getDecoder().decode(r.get("data").asText());
        }

        /** A PNG of the whole page. */
        public byte[] screenshot() throws Exception {
            JsonNode r = c.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            return java.util.Base64.getDecoder().decode(r.get("data").asText());
        }
    }

    /** A DevTools WebSocket: numbered calls, each answered by the message with the same id. */
    static final class Connection implements WebSocket.Listener {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder buffer = new StringBuilder();
        private WebSocket socket;

        static Connection open(URI uri) throws Exception {
            Connection c = new Connection();
            c.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, c)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return c;
        }

        JsonNode call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode msg = MAPPER.createObjectNode().put("id", id).put("method", method);
            msg.set("params", MAPPER.valueToTree(params));
            socket.sendText(MAPPER.writeValueAsString(msg), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            JsonNode reply = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error"));
            }
            return reply.get("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = MAPPER.readTree(buffer.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }

        void close() {
            socket.abort();
        }
    }
}
