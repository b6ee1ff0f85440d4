package dev.claims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Without a browser the browser tests skip, except where CI requires them: there they fail. */
class DevToolsTest {
    @Test
    void aMissingBrowserFailsWhenRequired() {
        AssertionError e = assertThrows(AssertionError.class, () -> DevTools.noBrowser("required"));
        assertEquals("CLAIMS_BROWSER_TESTS=required but no Chromium at /usr/bin/chromium (apt-get install chromium,"
                + " or set CHROMIUM)", e.getMessage());
    }

    @Test
    void aMissingBrowserSkipsOtherwise() {
        assertThrows(TestAbortedException.class, () -> DevTools.noBrowser(null));
        assertThrows(TestAbortedException.class, () -> DevTools.noBrowser("optional"));
    }
}
