package dev.claims.extract;

import dev.claims.model.Claim;
import dev.claims.model.DateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Date claims: every time expression of the body. A date the sentence ties to an event (see {@link EventLinker})
 * becomes the event's "date" claim (subject: the event's name); any other date is kept as a "mentioned-date" claim
 * of the sentence (subject: the sentence's first event or person, else empty), which comparison does not group.
 * A negated "since" date in a sentence that dates an event ("In 1933, Roosevelt recognized the Soviet Union, an action
 * that had not been done since 1917") is the start of the period the event ended: a "duration" claim of the event,
 * measured to the event's date (its claim time), so it compares with "sixteen years" elsewhere.
 * A period the sentence states as under way ({@link EventLexicon#ongoing}) with no date tied to it gets a "date"
 * claim on its trigger, dated by the {@link NarrativeTime} and qualified "ongoing".
 */
public final class DateExtractor extends SentenceExtractor {
    private static final Pattern NEGATED_UNTIL = Pattern.compile("\\bnot\\b[^.;]{0,80}$");
    private static final Pattern NEGATED_SINCE = Pattern.compile("\\b(?:not|never|no|first time)\\b[^.;]{0,80}$");

    public DateExtractor() {
        this(Lexicons.defaults());
    }

    public DateExtractor(Lexicons lexicons) {
        super("dates", lexicons);
    }

    @Override
    public List<Claim> extract(DocumentAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        String docId = analysis.document().id();
        for (SentenceAnalysis s : analysis.sentences()) {
            for (TimeMention t : s.times()) {
                EventLexicon.Occurrence e = s.links().get(t);
                DateValue v = t.value();
                String subject;
                String attribute;
                if (e != null) {
                    subject = e.event().name();
                    attribute = "date";
                    if (v.qualifier().equals("until") && NEGATED_UNTIL.matcher(s.text().substring(0, t.start())).find()) {
                        // "did not establish relations until 1933": 1933 is when it happened
                        v = new DateValue(v.text(), v.edtf(), v.earliest(), v.latest(), v.precision(), "");
                    }
                    if (e.event().aspect() == EventLexicon.Aspect.START && v.qualifier().isEmpty()) {
                        v = new DateValue(v.text(), v.edtf(), v.earliest(), v.latest(), v.precision(), DateValue.BEGAN);
                    }
                } else {
                    subject = s.events().isEmpty() ? "" : s.events().get(0).event().name();
                    attribute = "mentioned-date";
                    TimeMention end = periodEnd(s, t);
                    if (end != null) {
                        claims.add(s.claim(docId, t.start(), t.end(), s.links().get(end).event().name(), "duration",
                                v, end.value()));
                        continue;
                    }
                }
                claims.add(s.claim(docId, t.start(), t.end(), subject, attribute, v, null));
            }
            for (EventLexicon.Occurrence e : s.events()) {
                if (s.links().containsValue(e) || !lexicons().events().ongoing(s.text(), e)) {
                    continue;
                }
                NarrativeTime.Dated dated = NarrativeTime.dated(analysis.sentences(), s.index());
                if (dated != null) {
                    DateValue at = dated.value();
                    DateValue v = new DateValue(at.text(), at.edtf(), at.earliest(), at.latest(), at.precision(), DateValue.ONGOING);
                    // a date borrowed from a sentence before is quoted with that sentence, so a reader sees where it is
                    String quote = dated.sentence() == s.index() ? s.sentence().text()
                            : analysis.sentences().get(dated.sentence()).sentence().text() + " … " + s.sentence().text();
                    claims.add(new Claim("", docId, s.span(e.start(), e.end()), s.index(), quote,
                            e.event().name(), "date", v, null, s.sources(), s.attributionAt(e.start())));
                }
            }
        }
        return claims;
    }

    /**
     * For a negated "since" date of a sentence that also dates an event before it ("In 1933, ... recognized ..., an
     * action that had not been done ... since 1917"): the date tied to the event, which ends the period; else null.
     */
    private static TimeMention periodEnd(SentenceAnalysis s, TimeMention since) {
        if (!since.value().qualifier().equals("since") || !since.value().resolved()
                || !NEGATED_SINCE.matcher(s.text().substring(0, since.start())).find()) {
            return null;
        }
        for (TimeMention t : s.times()) {
            if (t != since && t.start() < since.start() && s.links().containsKey(t) && t.value().resolved()
                    && since.value().latest().isBefore(t.value().earliest())) {
                return t;
            }
        }
        return null;
    }
}
