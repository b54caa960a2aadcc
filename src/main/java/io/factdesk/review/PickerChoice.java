package io.factdesk.review;

import io.factdesk.verdicts.Rating;

/** What the reviewer chose in the picker: a rating, or a move through the queue. */
public record PickerChoice(Action action, Rating rating) {

    public enum Action { RATE, REUSE, SKIP, BACK, UNDO, QUIT, INTERRUPT }

    public static PickerChoice rate(Rating rating) {
        return new PickerChoice(Action.RATE, rating);
    }

    public static PickerChoice of(Action action) {
        return new PickerChoice(action, null);
    }
}
