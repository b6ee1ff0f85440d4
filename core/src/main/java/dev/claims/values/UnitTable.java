package dev.claims.values;

import dev.claims.knowledge.TsvResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units of measure of {@code dev/claims/extract/units.tsv}: how each is written, the code a
 * {@link dev.claims.model.QuantityValue} carries, its dimension and its size in the dimension's canonical unit
 * (metre, metre per second, kilogram, cubic metre, watt, second, square metre).
 *
 * <pre>{@code
 * UnitTable t = UnitTable.defaults();
 * t.byForm("feet");       // Unit[code=ft, dimension=length, factor=0.3048]
 * t.byCode("km/h");       // Unit[code=km/h, dimension=speed, factor=0.2777777778]
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class UnitTable {
    /** One unit: its code, its dimension, and how many canonical units one of it is. */
    public record Unit(String code, String dimension, BigDecimal factor) {
    }

    private static final UnitTable DEFAULTS = load("/dev/claims/extract/units.tsv");
    private final Map<String, Unit> byForm;
    private final Map<String, Unit> byCode;

    private UnitTable(Map<String, Unit> byForm, Map<String, Unit> byCode) {
        this.byForm = Map.copyOf(byForm);
        this.byCode = Map.copyOf(byCode);
    }

    public static UnitTable defaults() {
        return DEFAULTS;
    }

    static UnitTable load(String resource) {
        Map<String, Unit> forms = new LinkedHashMap<>();
        Map<String, Unit> codes = new LinkedHashMap<>();
        for (String[] r : TsvResource.rows(resource, 4)) {
            Unit u = new Unit(r[1], r[2], new BigDecimal(r[3]));
            forms.put(r[0], u);
            codes.putIfAbsent(r[1], u);
        }
        return new UnitTable(forms, codes);
    }

    /** The unit written so ("feet", "cu ft", "km/h"), exactly as in the table. */
    public Optional<Unit> byForm(String written) {
        return Optional.ofNullable(byForm.get(written));
    }

    /** The unit of a {@link dev.claims.model.QuantityValue#unit()} code ("ft", "m3", "hours"). */
    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * A regular-expression alternation of the written forms of every unit outside {@code excludedDimension}, longest
     * first and quoted, for building a pattern once at class load.
     */
    String alternation(String excludedDimension) {
        List<String> forms = new ArrayList<>();
        byForm.forEach((f, u) -> {
            if (!u.dimension().equals(excludedDimension)) {
                forms.add(f);
            }
        });
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String f : forms) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s\\Q"));
        }
        return sb.toString();
    }
}
