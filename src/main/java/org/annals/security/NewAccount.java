package org.annals.security;

import java.util.Set;

/** An account to create; the password is hashed before it is stored and never kept in plain text. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {

    public NewAccount {
        if (username == null || !username.matches("[a-z0-9._-]{2,100}")) {
            throw new org.annals.shared.InvalidInputException("username",
                    "A username has 2–100 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < 12) {
            throw new org.annals.shared.InvalidInputException("password", "A password needs at least 12 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new org.annals.shared.InvalidInputException("roles", "An account needs at least one role");
        }
        roles = Set.copyOf(roles);
    }
}
