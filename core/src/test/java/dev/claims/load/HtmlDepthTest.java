package dev.claims.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlDepthTest {
    private final HtmlDepth depth = new HtmlDepth();

    @Test
    void countsNestedElements() {
        assertEquals(0, depth.measure("plain text < 3 and 4 > 2", 100));
        assertEquals(3, depth.measure("<html><body><div>x</div></body></html>", 100));
        assertEquals(2, depth.measure("<div><DIV class=\"a>b\">x</Div></div><div>y</div>", 100));
    }

    @Test
    void voidSelfClosedAndOptionalEndElementsAddNoLevel() {
        assertEquals(1, depth.measure("<div>" + "<p>para".repeat(1000) + "<br><img src=x><hr/><li>x<td>y</div>", 100));
        assertEquals(1, depth.measure("<div><span/><span/><span/></div>", 100));
    }

    @Test
    void anEndTagClosesEverythingOpenedInsideIt() {
        assertEquals(4, depth.measure("<div><section><span><b></div>" + "<div>x</div>".repeat(50), 100));
        assertEquals(2, depth.measure("<div><section></div><div><i>x</i></div><div><i>y</i></div>", 3));
        assertEquals(1, depth.measure("</div></div><div></span>", 100));
    }

    @Test
    void commentsScriptsAndDoctypeAreNotCounted() {
        assertEquals(1, depth.measure("<!DOCTYPE html><!-- <div><div><div> --><div><script>'<div><div><div>'</script>"
                + "<style>p{}</style><textarea><div><div></TEXTAREA></div>", 100));
    }

    @Test
    void stopsEarlyAboveTheLimit() {
        assertEquals(11, depth.measure("<div>".repeat(10_000), 10));
        assertEquals(10_000, depth.measure("<div>".repeat(10_000), 100_000));
    }

    @Test
    void unterminatedTagsEndTheScan() {
        assertEquals(1, depth.measure("<div><span class=\"x", 100));
        assertEquals(0, depth.measure("<", 100));
        assertEquals(0, depth.measure("<<<<<<" + "(".repeat(1000), 100));
    }
}
