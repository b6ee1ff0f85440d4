package dev.claims.citation;

import dev.claims.model.Document;
import dev.claims.model.Note;
import java.util.ArrayList;
import java.util.List;

/** First slice: one unparsed citation per note. Parsing and resolution come with the citation issue. */
public final class NoteCitationExtractor implements CitationExtractor {
    @Override
    public Result extract(Document document) {
        List<Citation> citations = new ArrayList<>();
        for (Note n : document.notes()) {
            citations.add(new Citation(n.label(), n.span(), n.text(), "unparsed", null, "", "unresolved",
                    "note not parsed yet"));
        }
        return new Result(List.of(), citations);
    }
}
