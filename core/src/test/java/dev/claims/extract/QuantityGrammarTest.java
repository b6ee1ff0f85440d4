package dev.claims.extract;

import dev.claims.values.QuantityMention;
import dev.claims.values.NumberParser;
import dev.claims.values.QuantityParser;
import dev.claims.values.Quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claims.model.QuantityValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value grammar of quantities, one row a form: the sentence, the mention's exact text, its normalised value,
 * qualifier, precision (half the unit of the last digit written, in the value's unit) and attribute.
 */
class QuantityGrammarTest {
    private static final QuantityParser PARSER = new QuantityParser(new NumberParser());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // measures and their conversions: one mention, spanning the conversion
        "The tower rose 804 feet (245 m) above the square.|804 feet (245 m)|804 ft||0.5|length",
        "Length: 245 m (803 ft 10 in)|245 m (803 ft 10 in)|245 m||0.5|length",
        "The hall is 803 ft 10 in long.|803 ft 10 in|9646 in||0.5|length",
        "They walked along the 803.8-foot-long hull.|803.8-foot|803.8 ft||0.05|length",
        "The lake is 12 nautical miles across.|12 nautical miles|12 nmi||0.5|length",
        "The road ran for 40 kilometres through hills.|40 kilometres|40 km||0.5|length",
        "Top speed: 135 km/h (85 mph, 74 kn)|135 km/h (85 mph, 74 kn)|135 km/h||0.5|speed",
        "The gale reached 85 miles per hour (132 kilometers per hour) at dusk.|85 miles per hour (132 kilometers per hour)|85 mph||0.5|speed",
        "The boat made 22 knots in calm water.|22 knots|22 kn||0.5|speed",
        "The crate weighed 47.5 pounds (21.5 kg) when full.|47.5 pounds (21.5 kg)|47.5 lb||0.05|mass",
        "The bell weighs 13 long tons and hangs alone.|13 long tons|13 long ton||0.5|mass",
        "The ship displaced 4,000 tonnes of water.|4,000 tonnes|4000 t||500|mass",
        "The tank held 7 million cubic feet of gas.|7 million cubic feet|7000000 ft3||500000|volume",
        "Volume: 200,000 m3 (7,062,000 cu ft)|200,000 m3 (7,062,000 cu ft)|200000 m3||50000|volume",
        "Two 1,050-horsepower (783-kilowatt) engines drove it.|1,050-horsepower (783-kilowatt)|1050 hp||5|power",
        "The mill used about 50 pounds of grain.|about 50 pounds|50 lb|about|0.5|mass",
        // durations: compound ones are one quantity, in seconds when they go below days
        "The walk lasted 2 hours, 31 minutes 40 seconds in all.|2 hours, 31 minutes 40 seconds|9100 seconds||0.5|duration",
        "The voyage took 8 days, 3 hours, 18 minutes, 35 seconds.|8 days, 3 hours, 18 minutes, 35 seconds|703115 seconds||0.5|duration",
        "They drifted for eight days and three hours.|eight days and three hours|702000 seconds||1800|duration",
        "They stayed out two hours and 36 minutes.|two hours and 36 minutes|9360 seconds||30|duration",
        "The siege went on 21 hours, 36 minutes.|21 hours, 36 minutes|77760 seconds||30|duration",
        "After their 2.5 hour walk they slept.|2.5 hour|2.5 hours||0.05|duration",
        "The talks lasted two years and three months.|two years and three months|27 months||0.5|duration",
        // ranges: one value; the scale of the second end applies to the first
        "They got 2.5 to 8 years of prison.|2.5 to 8 years|2.5/8 years||0.5|duration",
        "He was sentenced to 20 months to five years in prison.|20 months to five years|20/60 months||6|duration",
        "Some 10 to 20 million people moved.|Some 10 to 20 million people|10000000/20000000 person|some|500000|count",
        "The hall cost $10 to $20 million to build.|$10 to $20 million|10000000/20000000 USD||500000|amount",
        // number words, approximators, percentages, fractions
        "Nearly eighty six percent of voters agreed.|Nearly eighty six percent|86 %|nearly|0.5|percentage",
        "One hundred and twelve ships sailed.|One hundred and twelve ships|112 ship||0.5|count",
        "Thirty-one people died.|Thirty-one people|31 person||0.5|count",
        "An estimated half billion viewers watched.|An estimated half billion viewers|500000000 viewer|estimated|250000000|count",
        "It cost 1.5 million dollars in the end.|1.5 million dollars|1500000 USD||50000|amount",
        "They hired two and a half thousand workers.|two and a half thousand workers|2500 worker||250|count",
        "Three quarters of the crew survived.|Three quarters|75 %||0.5|percentage",
        "Two-thirds of the town burned.|Two-thirds|66.67 %||0.5|percentage",
        "At least 36 passengers boarded.|At least 36 passengers|36 passenger|at least|0.5|count",
        "Up to 40 percent of homes flooded.|Up to 40 percent|40 %|up to|0.5|percentage",
        "More than 1,200 workers struck.|More than 1,200 workers|1200 worker|more than|50|count",
        "Around 300 soldiers camped there.|Around 300 soldiers|300 soldier|around|0.5|count",
        "Just 36 passengers were aboard.|36 passengers|36 passenger||0.5|count",
        // counts: irregular plurals, partitives, "more"
        "Five men broke in that night.|Five men|5 man||0.5|count",
        "The firemen saved 14 firemen from the blaze.|14 firemen|14 fireman||0.5|count",
        "The fire killed 35 of the 97 people on board.|35 of the 97 people|35 person||0.5|count",
        "Thirty-five of the fatalities were on the ship.|Thirty-five of the fatalities|35 fatality||0.5|count",
        "The ship would make nine more flights to Rio.|nine more flights|9 flight||0.5|count",
        "Rain fell as the 36 passengers walked out.|36 passengers|36 passenger||0.5|count",
        "The seven crewmen were rescued at dawn.|seven crewmen|7 crewman||0.5|count",
        // counts without a plural noun right after the number
        "FERRY SINKS, 41 DIE|41|41 person||0.5|count",
        "By noon 12 were killed and the rest fled.|12|12 person||0.5|count",
        "One guard at the gate was also killed in the raid.|One guard|1 guard||0.5|count",
        "one member of the rescue team died later.|one member|1 member||0.5|count",
        "Two guards and one stable boy were killed.|one stable boy|1 boy||0.5|count",
        "The boat carried fewer sailors (12 of 40) than planned.|12 of 40|12 sailor||0.5|count",
        "The flood raised the death toll to 58 by Friday.|58|58 fatality||0.5|count",
        "The death toll stood at about 1,200.|about 1,200|1200 fatality|about|50|count",
        "The number of pilgrims was 340 that year.|340|340 pilgrim||0.5|count",
        // ordinal ranks with a superlative
        "He named the third-most-senior judge of the court.|third-most-senior judge|3 rank||0.5|rank",
        "She held the second highest office in the state.|second highest office|2 rank||0.5|rank",
    })
    void reads(String sentence, String written, String normalized, String qualifier, String precision, String attribute) {
        QuantityMention q = only(sentence, written);
        assertEquals(written, sentence.substring(q.start(), q.end()));
        assertEquals(normalized, q.value().normalized());
        assertEquals(qualifier == null ? "" : qualifier, q.value().qualifier());
        assertEquals(0, new BigDecimal(precision).compareTo(q.value().precision()), "precision " + q.value().precision());
        assertEquals(attribute, q.attribute());
    }

    /** What a measure or duration measures, from a label, a table row without separator, "X of", or the noun after. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Top speed: 135 km/h (85 mph, 74 kn)|Top speed",
        "Crew size3 Sample mass21.55 kilograms (47.51 lb) Start|Sample mass",
        "Mission duration8 days, 3 hours, 18 minutes, 35 seconds|Mission duration",
        "It had a maximum diameter of 135 feet (41.2 m).|maximum diameter",
        "They finished after a mission duration of eight days and three hours.|mission duration",
        "Following their 2.5 hour moonwalk they slept.|moonwalk",
        "Workers swarmed over the 803.8-foot-long superstructure.|superstructure",
        "The first moonwalk lasted two hours and 36 minutes.|first moonwalk",
        "Mitchell served 19 months in prison.|Mitchell",
    })
    void topic(String sentence, String topic) {
        List<QuantityMention> found = PARSER.find(sentence).stream().filter(q -> !q.attribute().equals("count")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(topic, found.get(0).topic());
    }

    /** "35 of the 97 people": the part and the whole are both counts. */
    @org.junit.jupiter.api.Test
    void partitiveGivesPartAndWhole() {
        List<QuantityMention> found = PARSER.find("The fire killed 35 of the 97 people on board.");
        assertEquals(List.of("35 person", "97 person"), found.stream().map(q -> q.value().normalized()).toList());
    }

    /** Designations and clock times are not quantities. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Apollo 11 becomes the first crewed landing.",
        "The LZ 129 Hindenburg burned at Lakehurst.",
        "Gemini 8 docks with its target.",
        "The rocket stood on Launch Complex 39 for weeks.",
        "At 9:32 a.m. the rocket rose and at 20:17 UTC it landed.",
        "At 3.15am the hatch opened.",
        "Stalin spoke of the “four policemen” of the world.",
        "One day later the rain stopped.",
        "Smith, born 1880, died 1937 in Leeds.",
        "One of the guards was killed.",
        "The two countries signed the pact.",
        "The number of the house was 12.",
    })
    void noQuantity(String sentence) {
        assertEquals(List.of(), PARSER.find(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a = b at the precision written
        "The tower rose 804 feet.|The tower rose 245 m.|true",
        "Its width was 135 feet.|Its width was 41.2 m.|true",
        "Its volume was 200,000 m3.|Its volume was 7,062,000 cubic feet.|true",
        "The walk lasted 2 hours, 31 minutes 40 seconds.|The walk lasted about two and a half hours.|true",
        "The walk lasted 2 hours and 36 minutes.|The walk lasted 2 hours, 31 minutes 40 seconds.|false",
        "The hull was 804 feet long.|The hull was 803 ft 10 in long.|true",
        "The engines gave 1,200 hp.|The engines gave 890 kW.|true",
        "The cargo was 50 pounds of rock.|The cargo was 21.5 kg of rock.|false",
        "The cargo was about 50 pounds of rock.|The cargo was 21.5 kg of rock.|true",
        "It held 36 passengers.|It held more than 30 passengers.|true",
        "It held 36 passengers.|It held fewer than 30 passengers.|false",
        "They got 2.5 to 8 years in prison.|They got 8 years in prison.|true",
        "They got 2.5 to 8 years in prison.|They got 10 years in prison.|false",
        // a conversion written in brackets is a written form of the value too
        "Top speed: 135 km/h (85 mph, 74 kn)|It reached 85 miles per hour.|true",
        "Top speed: 135 km/h|It reached 85 miles per hour.|false",
        "Top speed: 135 km/h (85 mph, 74 kn)|It reached 82 miles per hour (132 kilometers per hour).|false",
        "The box weighed about 50 pounds (23 kg).|The box weighed 25 kg.|true",
    })
    void compatible(String left, String right, boolean expected) {
        QuantityValue a = PARSER.find(left).get(0).value();
        QuantityValue b = PARSER.find(right).get(0).value();
        assertTrue(Quantities.sameDimension(a, b), a + " / " + b);
        assertEquals(expected, Quantities.compatible(a, b), a + " / " + b);
        assertEquals(expected, Quantities.compatible(b, a), b + " / " + a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The tower rose 804 feet.|It had 804 passengers.",
        "It cost $500.|It cost £500.",
        "It lasted 5 hours.|It ran 5 miles.",
    })
    void differentDimensions(String left, String right) {
        QuantityValue a = PARSER.find(left).get(0).value();
        QuantityValue b = PARSER.find(right).get(0).value();
        assertFalse(Quantities.sameDimension(a, b));
        assertFalse(Quantities.compatible(a, b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "804 feet|245.0592|0.1524", "7 million cubic feet|198217.926144|14158.423296", "135 km/h|37.5|0.138889",
        "2.5 hours|9000|180", "13 long tons|13208.609814|508.023454",
    })
    void canonical(String written, String value, String precision) {
        QuantityValue v = PARSER.find("It was " + written + " then.").get(0).value();
        assertEquals(0, new BigDecimal(value).compareTo(Quantities.canonical(v).setScale(6, RoundingMode.HALF_EVEN)),
                Quantities.canonical(v).toPlainString());
        assertEquals(0, new BigDecimal(precision).compareTo(Quantities.canonicalPrecision(v).setScale(6, RoundingMode.HALF_EVEN)),
                Quantities.canonicalPrecision(v).toPlainString());
    }

    private static QuantityMention only(String sentence, String written) {
        List<QuantityMention> found = PARSER.find(sentence).stream()
                .filter(q -> q.start() == sentence.indexOf(written))
                .toList();
        assertEquals(1, found.size(), "one mention over '" + written + "': " + found);
        return found.get(0);
    }
}
