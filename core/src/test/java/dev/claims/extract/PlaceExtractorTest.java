package dev.claims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claims.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places as pages write them, on invented sentences: each sentence's place values, exactly. */
class PlaceExtractorTest {
    private static final DefaultExtractor EXTRACTOR = new DefaultExtractor();

    private static List<String> places(String... sentences) {
        return EXTRACTOR.extract(TestDocuments.of(List.of(sentences))).claims().stream()
                .filter(c -> c.attribute().equals("place")).map(Claim::value).map(v -> v.text()).toList();
    }

    @Test
    void anAddressKeepsItsDesignationsAndEveryLargerPlace() {
        assertEquals(List.of("Pad B, Launch Complex 7, Example Field, Ohio"),
                places("The probe lifts off from Pad B, Launch Complex 7, Example Field, Ohio."));
        assertEquals(List.of("Launch Complex 12B", "Example Field"),
                places("The rocket rose from Launch Complex 12B at Example Field in the morning."));
        assertEquals(List.of("Grey Harbour, Ohio, United States"),
                places("The barge sank in Grey Harbour, Ohio, United States, on a calm night."));
    }

    @Test
    void aWordAndABareNumberNameACraftUnlessTheWordNumbersPlaces() {
        assertEquals(List.of(), places("A patch honored the three who perished in Orion 1."));
        assertEquals(List.of(), places("He flew in Petrel 12, the last flight of the series."));
        assertEquals(List.of("Area 51"), places("The aircraft was tested at Area 51 in the desert."));
        assertEquals(List.of("Route 66"), places("The diner stood on a bend near Route 66."));
    }

    @Test
    void aPlaceNameEndsWhereAPersonsNameBegins() {
        assertEquals(List.of("Vesk", "Fort Alder"),
                places("In 1850, Envoy to Vesk Anton Kesler met the delegation in Fort Alder."));
    }

    @Test
    void aCommonNounAfterANumberMakesItACount() {
        assertEquals(List.of("Ohio"), places("The storm hit in Ohio 3 times that year."));
    }

    @Test
    void aSentenceFinalFullStopIsNotPartOfThePlaceButAnAbbreviationsIs() {
        assertEquals(List.of("Example Station, Ohio"), places("The ship crashed at Example Station, Ohio."));
        assertEquals(List.of("Washington, D.C."), places("The office moved to Washington, D.C."));
    }

    @Test
    void namesEndingInAndAnotherNameAreAListNotOneAddress() {
        assertEquals(List.of("Ashby"), places("The tour went to Ashby, Corran, Dellford and Elm Hollow."));
    }

    @Test
    void aPersonsNameOrATitleAfterTheCommaIsNoLargerPlace() {
        assertEquals(List.of("Port Elbury"),
                places("The manager of a mill in Port Elbury, Karl Morrow was returning home."));
        assertEquals(List.of("Ashby"), places("The rally was held in Ashby, President Karl Morrow said."));
        assertEquals(List.of("Ashby Mill"),
                places("He turned to the foreman at Ashby Mill, Chief Engineer Karl Morrow, for help."));
    }

    @Test
    void aPlaceBeforeACommonNounIsThatNounsModifier() {
        assertEquals(List.of("Ashby, Ohio"), places("They worked in the Ashby, Ohio, Elmstead complex for years."));
    }

    @Test
    void ofAndAPlaceAfterAPersonsNameIsTheirHome() {
        Claim home = EXTRACTOR.extract(TestDocuments.of(List.of("Anna Morrow of Port Elbury wrote it."))).claims()
                .stream().filter(c -> c.attribute().equals("place")).findFirst().orElseThrow();
        assertEquals("home of Anna Morrow", home.subject());
        assertEquals(List.of("Port Elbury"), places("Two of the injured, Anna Morrow of Port Elbury, died today."));
        assertEquals(List.of(), places("The reporter Anna Morrow of the Ashby Herald wrote it."));
        assertEquals(List.of(), places("The engineer Karl Morrow of Elmstead Company wrote it."));
    }

    @Test
    void anInfoboxRowWhoseLabelEndsInAPlaceNounGivesItsValue() {
        assertEquals(List.of("Example Field LC-12B"), places("Launch siteExample Field LC-12B"));
        assertEquals(List.of("Grey Marsh"), places("Landing site: Grey Marsh"));
        assertEquals(List.of("Port Elbury"), places("Birthplace: Port Elbury"));
        assertEquals(List.of(), places("Launch date: July 16, 1901"));
        assertEquals(List.of(), places("The site Grey Marsh was flooded."));
    }
}
