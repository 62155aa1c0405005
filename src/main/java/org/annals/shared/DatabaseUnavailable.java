package org.annals.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is out of reach (an outage, a restart, a failover) rather than a fault in
 * Annals: the answer is then "try again shortly" (503), not "something went wrong". The cause is looked for along the
 * whole chain, because the first error a broken connection gives is often a later one: a query fails on a dead
 * connection, and rolling its transaction back then fails with "Unable to rollback", which hides the I/O error.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL's driver reports a lost connection as 08006)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
