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
 * start it, open a page, evaluate JavaScript, click, take a screenshot.
 */
final class DevTools implements AutoCloseable {
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

    /** The Chromium to use, or null: $CHROMIUM, else /usr/bin/chromium or chromium-browser. */
    static Path findChromium() {
        String env = System.getenv("CHROMIUM");
        for (String p : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (p != null && Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    static DevTools start(Path chromium, Path profile) throws Exception {
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

    /** Opens a page at the URL and waits until it has loaded. */
    Page open(URI url) throws Exception {
        String target = browser.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        Connection page = Connection.open(URI.create("ws://" + endpoint.getAuthority() + "/devtools/page/" + target));
        page.call("Page.enable", Map.of());
        page.call("Page.navigate", Map.of("url", url.toString()));
        Page p = new Page(page);
        p.evaluate("new Promise(r => document.readyState === 'complete' ? r(true)"
                + " : addEventListener('load', () => r(true)))");
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
    static final class Page {
        private final Connection c;

        Page(Connection c) {
            this.c = c;
        }

        /** Evaluates an expression (awaiting promises) and returns its JSON value. */
        JsonNode evaluate(String expression) throws Exception {
            JsonNode r = c.call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                    "returnByValue", true));
            if (r.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + r.get("exceptionDetails"));
            }
            return r.get("result").path("value");
        }

        /** A real mouse click at the centre of the first element matching the CSS selector. */
        void click(String selector) throws Exception {
            JsonNode box = evaluate("(() => { const e = document.querySelector(" + MAPPER.writeValueAsString(selector)
                    + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                    + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
            for (String type : new String[] {"mousePressed", "mouseReleased"}) {
                c.call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
                        "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
        }

        byte[] screenshot() throws Exception {
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
