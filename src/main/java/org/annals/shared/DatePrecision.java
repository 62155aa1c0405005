package org.annals.shared;

/** How precisely a date is known; decides how it is written (EDTF) and shown to people. */
public enum DatePrecision {
    /** One known day. */
    DAY,
    /** Somewhere in one calendar month. */
    MONTH,
    /** Somewhere in one calendar year. */
    YEAR,
    /** About a named day, within a window of plausible days. */
    APPROXIMATE,
    /** Within (or over) an interval of days. */
    RANGE
}
