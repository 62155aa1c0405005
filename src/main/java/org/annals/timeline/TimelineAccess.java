package org.annals.timeline;

import java.util.Optional;
import org.annals.security.Role;
import org.annals.timeline.internal.TimelineMemberRepository;
import org.annals.timeline.internal.TimelineRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-timeline authorisation for {@code @PreAuthorize} expressions ({@code @timelineAccess.may(#slug, 'EDITOR')}):
 * administrators may do anything; everyone else needs the account role <em>and</em> that role on the timeline.
 */
// These methods are the access rule that other services' @PreAuthorize expressions evaluate; anyone may ask them.
@Component("timelineAccess")
@PreAuthorize("permitAll()")
public class TimelineAccess {

    private final TimelineRepository timelines;
    private final TimelineMemberRepository members;

    TimelineAccess(TimelineRepository timelines, TimelineMemberRepository members) {
        this.timelines = timelines;
        this.members = members;
    }

    /** An unknown slug is let through so that the service can answer "not found". */
    @Transactional(readOnly = true)
    public boolean may(String timelineSlug, String role) {
        return timelines.findBySlug(timelineSlug).map(t -> may(t.toSummary().id(), role)).orElse(true);
    }

    /** Any role on the timeline: enough to read its drafts, history and team work. */
    @Transactional(readOnly = true)
    public boolean isMember(String timelineSlug) {
        return timelines.findBySlug(timelineSlug).map(t -> isMember(t.toSummary().id())).orElse(true);
    }

    @Transactional(readOnly = true)
    public boolean may(TimelineId timelineId, String role) {
        Optional<Authentication> user = user();
        if (user.isEmpty()) {
            return false;
        }
        if (isAdmin()) {
            return true;
        }
        Role wanted = Role.valueOf(role);
        return has(user.get(), wanted) && members.existsByTimelineIdAndUsernameAndRole(timelineId.value(), user.get().getName(),
                wanted);
    }

    @Transactional(readOnly = true)
    public boolean isMember(TimelineId timelineId) {
        return isAdmin() || user().map(u -> members.existsByTimelineIdAndUsername(timelineId.value(), u.getName())).orElse(false);
    }

    private static boolean isAdmin() {
        return user().map(u -> has(u, Role.ADMIN)).orElse(false);
    }

    private static boolean has(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    private static Optional<Authentication> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                ? Optional.of(authentication) : Optional.empty();
    }

}
