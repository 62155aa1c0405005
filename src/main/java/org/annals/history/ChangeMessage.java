package org.annals.history;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The message an author gives for a change ("Imported from …", "Fixed the date"), recorded on its Envers revision.
 * Envers writes the revision when the transaction commits, so the message must still be known then: callers outside
 * the transaction wrap it with {@link #with}; services inside one use {@link #forCurrentTransaction}.
 */
public final class ChangeMessage {

    private static final ThreadLocal<@Nullable String> AROUND = new ThreadLocal<>();
    private static final Object TRANSACTION_KEY = ChangeMessage.class;

    private ChangeMessage() {
    }

    /** Runs {@code work} (which commits its own transaction) with {@code message} on the revisions it creates. */
    public static <T> T with(String message, Supplier<T> work) {
        String previous = AROUND.get();
        AROUND.set(trim(message));
        try {
            return work.get();
        } finally {
            AROUND.set(previous);
        }
    }

    /** Records {@code message} on the revision of the transaction in progress (it wins over an outer message). */
    public static void forCurrentTransaction(String message) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("No transaction to attach the change message to");
        }
        if (TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(TRANSACTION_KEY, trim(message));
    }

    /** The message for the revision being written now, if one was given. */
    public static @Nullable String current() {
        Object inTransaction = TransactionSynchronizationManager.getResource(TRANSACTION_KEY);
        return inTransaction != null ? (String) inTransaction : AROUND.get();
    }

    private static String trim(String message) {
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
