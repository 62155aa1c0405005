package org.annals.shared;

/** Text for a cell of a CSV file that people open in a spreadsheet. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * The text, with an apostrophe before it when a spreadsheet would run it as a formula (=, +, -, @, tab or carriage
     * return first): a cell from an upload or an editor must never become a formula on someone's machine.
     */
    public static String guard(String value) {
        // a value that itself begins with apostrophes before a formula's sign gets one more, so reading it back keeps them
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && "=+-@\t\r".indexOf(value.charAt(first)) >= 0 ? "'" + value : value;
    }

    /** The text a guarded cell holds: {@link #guard} undone (a cell nobody guarded is left as it is). */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && guard(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }

}
