package org.annals.security;

/** What an account may do; readers have no account and no role. */
public enum Role {
    ADMIN, EDITOR, REVIEWER, ANNOTATOR;

    /** The name Spring Security checks in {@code hasRole(...)} and {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String ANNOTATOR_NAME = "ANNOTATOR";
}
