/**
 * Review: the four-eyes desk. Editors submit, reviewers approve, return, retract and merge duplicates; anyone on the
 * desk may discard a pending correction. This module holds the rules about who may take a step and what the history
 * says about it ({@link org.annals.review.ReviewService}), the editors' work lists, and the review bar of the event
 * editor. The steps themselves, and the domain events they announce, belong to the event
 * ({@code event :: workflow}).
 */
@ApplicationModule(allowedDependencies = {
        "shared", "shared :: ui", "security", "history", "timeline", "event", "event :: workflow", "event :: spi"})
@NullMarked
package org.annals.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
