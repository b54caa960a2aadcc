package io.factdesk.agreement;

/**
 * One agreement figure with the number of items it rests on.
 *
 * @param value  the figure, or null when it cannot be computed (then {@code note} says why)
 * @param items  how many items (claims) it was computed over
 * @param enough whether there are enough items ({@link AgreementCalculator#MINIMUM_ITEMS}) for it to mean anything
 * @param note   null, or why the figure is missing or should not be trusted, in words
 */
public record Figure(Double value, int items, boolean enough, String note) {

    public Figure {
        if (items < 0) {
            throw new IllegalArgumentException("items must not be negative");
        }
        if (value == null && note == null) {
            throw new IllegalArgumentException("a missing figure needs a note saying why");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure must be a finite number, got " + value);
        }
    }

    /** A computed figure, flagged when it rests on fewer items than the threshold. */
    static Figure of(double value, int items, String name) {
        boolean enough = items >= AgreementCalculator.MINIMUM_ITEMS;
        return new Figure(value, items, enough, enough ? null : tooFew(items, name));
    }

    /** A figure that cannot be computed, with the reason. */
    static Figure none(int items, String reason) {
        return new Figure(null, items, false, reason);
    }

    static String tooFew(int items, String name) {
        return "too few items (" + items + ") for " + name + " to mean anything; "
                + AgreementCalculator.MINIMUM_ITEMS + " or more are needed";
    }
}
