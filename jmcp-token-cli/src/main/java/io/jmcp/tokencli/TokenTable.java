package io.jmcp.tokencli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import io.jmcp.core.auth.TokenRecord;

/** The {@code list} table: the seed's ID, Description and Created columns, plus Scope; columns widen to fit. */
final class TokenTable {

    private static final int ID_WIDTH = 20;
    private static final int DESCRIPTION_WIDTH = 40;
    private static final int SCOPE_WIDTH = 6;
    private static final int CREATED_WIDTH = 25;

    private TokenTable() {
    }

    static void print(List<TokenRecord> tokens, PrintWriter out) {
        int idWidth = width(tokens, TokenRecord::id, ID_WIDTH);
        int descriptionWidth = width(tokens, TokenTable::description, DESCRIPTION_WIDTH);
        String format = "%-" + idWidth + "s %-" + descriptionWidth + "s %-" + SCOPE_WIDTH + "s %s%n";
        out.printf(format, "ID", "Description", "Scope", "Created");
        out.println("-".repeat(idWidth + descriptionWidth + SCOPE_WIDTH + CREATED_WIDTH + 3));
        for (TokenRecord token : tokens) {
            out.printf(format, token.id(), description(token), token.scope().wireName(), created(token));
        }
    }

    static String description(TokenRecord token) {
        return token.description().isEmpty() ? "No description" : token.description();
    }

    static String created(TokenRecord token) {
        return token.created().map(Instant::toString).orElse("Unknown");
    }

    private static int width(List<TokenRecord> tokens, Function<TokenRecord, String> column, int minimum) {
        return Math.max(minimum, tokens.stream().map(column).mapToInt(String::length).max().orElse(0));
    }
}
