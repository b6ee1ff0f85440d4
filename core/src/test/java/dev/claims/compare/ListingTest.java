package dev.claims.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {
    @Test
    void namesUpToEightThenCountsTheRest() {
        assertEquals("a, b", Listing.of(List.of("a", "b")));
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> "d" + i).toList();
        assertEquals("d0, d1, d2, d3, d4, d5, d6, d7 and 2 more", Listing.of(ten));
        assertEquals(String.join(", ", ten.subList(0, 8)), Listing.of(ten.subList(0, 8)));
    }
}
