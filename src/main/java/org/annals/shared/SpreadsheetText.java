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
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
