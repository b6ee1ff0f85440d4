package dev.claims.model;

/** How precisely a date value is known. */
public enum DatePrecision {
    DAY, MONTH, SEASON, YEAR, DECADE, RANGE, UNRESOLVED
}
