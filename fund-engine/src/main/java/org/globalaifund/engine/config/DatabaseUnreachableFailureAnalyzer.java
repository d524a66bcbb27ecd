package org.globalaifund.engine.config;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached" at start-up into one line saying so, instead of a page of
 * stack trace: the operator needs the URL and the cause, nothing else.
 */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean unreachable = root instanceof ConnectException || root instanceof UnknownHostException
                || "08001".equals(cause.getSQLState()) || "08004".equals(cause.getSQLState());
        if (!unreachable) {
            return null;
        }
        String description = "Cannot reach the database: " + oneLine(cause.getMessage())
                + (root != cause ? " (" + root.getClass().getSimpleName() + ": " + oneLine(root.getMessage()) + ")" : "");
        return new FailureAnalysis(description,
                "Start the database or set FUND_DB_URL, FUND_DB_USER and FUND_DB_PASSWORD to one that is reachable.", cause);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
