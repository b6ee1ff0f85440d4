package dev.claims.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A publication statement's place, publisher and year; a date label or an aside is no publisher. */
class PublicationFactsTest {
    @Test
    void readsPlacePublisherAndYear() {
        assertEquals(new PublicationFacts("Sebastopol", "O'Reilly", "2018"), PublicationFacts.parse("Sebastopol: O'Reilly, 2018."));
    }

    @Test
    void aDateLabelOrAnAsideIsNoPublisher() {
        assertEquals(new PublicationFacts("", "", "2024"), PublicationFacts.parse("Última atualização: 2024"));
        assertEquals(new PublicationFacts("", "", "2015"), PublicationFacts.parse("Retrieved 2015"));
        assertEquals(new PublicationFacts("", "", "1999"), PublicationFacts.parse("(a film), 1999"));
        assertEquals(new PublicationFacts("", "", "1997"), PublicationFacts.parse("[arxiv: hep-th/9702027], 1997"));
    }
}
