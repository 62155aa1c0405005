package org.annals.timeline;

import java.util.List;
import java.util.Optional;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.internal.TimelineEntity;
import org.annals.security.AccountService;
import org.annals.security.Role;
import org.annals.timeline.internal.TimelineMemberEntity;
import org.annals.timeline.internal.TimelineMemberRepository;
import org.annals.timeline.internal.TimelineRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only door to timelines. Public ones are readable by anyone; the rest need an account. */
@Service
@PreAuthorize("isAuthenticated()")
public class TimelineService {

    private final TimelineRepository timelines;
    private final TimelineMemberRepository members;
    private final AccountService accounts;
    private final TimelineAccess access;
    private final org.annals.timeline.internal.SearchAliasStore aliases;
    private final org.springframework.context.ApplicationEventPublisher events;

    TimelineService(TimelineRepository timelines, TimelineMemberRepository members, AccountService accounts,
            TimelineAccess access, org.annals.timeline.internal.SearchAliasStore aliases,
            org.springframework.context.ApplicationEventPublisher events) {
        this.aliases = aliases;
        this.events = events;
        this.timelines = timelines;
        this.members = members;
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<TimelineSummary> publicTimelines() {
        return timelines.findByVisibilityOrderByTitle(Visibility.PUBLIC).stream().map(TimelineEntity::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<TimelineSummary> findPublic(String slug) {
        return timelines.findBySlug(slug).map(TimelineEntity::toSummary)
                .filter(t -> t.visibility() == Visibility.PUBLIC);
    }

    /** The timelines this person works on (every timeline for administrators). */
    @Transactional(readOnly = true)
    public List<TimelineSummary> all() {
        return timelines.findAllByOrderByTitle().stream().map(TimelineEntity::toSummary)
                .filter(t -> access.isMember(t.id())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<TimelineMember> members(String slug) {
        return members.findByTimelineIdOrderByUsernameAscRoleAsc(entity(slug).toSummary().id().value()).stream()
                .map(m -> new TimelineMember(m.getUsername(), m.getRole())).toList();
    }

    /** The usernames on a timeline's team (any role), for its members to mention one another. */
    @Transactional(readOnly = true)
    @PreAuthorize("@timelineAccess.isMember(#timelineId)")
    public java.util.Set<String> team(TimelineId timelineId) {
        return members.findByTimelineIdOrderByUsernameAscRoleAsc(timelineId.value()).stream()
                .map(TimelineMemberEntity::getUsername).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Gives an existing account a role on a timeline; granting what is already there changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void grant(String slug, String username, Role role) {
        if (role == Role.ADMIN) {
            throw new InvalidInputException("role", "Administration is an account role, not a timeline role", "admin.refusal.adminRole");
        }
        if (!accounts.exists(username)) {
            throw new InvalidInputException("username", "There is no account " + username, "admin.refusal.noAccount", username);
        }
        long id = entity(slug).toSummary().id().value();
        if (!members.existsByTimelineIdAndUsernameAndRole(id, username, role)) {
            members.save(new TimelineMemberEntity(id, username, role));
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(String slug, String username, Role role) {
        members.deleteByTimelineIdAndUsernameAndRole(entity(slug).toSummary().id().value(), username, role);
    }

    private TimelineEntity entity(String slug) {
        return timelines.findBySlug(slug).orElseThrow(() -> new org.annals.shared.NotFoundException("No timeline " + slug));
    }


    @Transactional(readOnly = true)
    public TimelineSummary get(TimelineId id) {
        return timelines.findById(id.value()).map(TimelineEntity::toSummary)
                .orElseThrow(() -> new org.annals.shared.NotFoundException("No timeline " + id));
    }

    @Transactional(readOnly = true)
    public Optional<TimelineSummary> find(String slug) {
        return timelines.findBySlug(slug).map(TimelineEntity::toSummary);
    }

    /** Turns the four-eyes rule on or off for one timeline (on by default). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineSummary setFourEyes(String slug, boolean fourEyes) {
        TimelineEntity timeline = timelines.findBySlug(slug)
                .orElseThrow(() -> new org.annals.shared.NotFoundException("No timeline " + slug));
        timeline.setFourEyes(fourEyes);
        return timelines.save(timeline).toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineSummary create(NewTimeline timeline) {
        if (timelines.findBySlug(timeline.slug()).isPresent()) {
            throw new InvalidInputException("slug", "A timeline with the slug " + timeline.slug() + " exists", "admin.refusal.timelineSlugTaken", timeline.slug());
        }
        return timelines.save(new TimelineEntity(timeline.slug(), timeline.title(), timeline.description(),
                timeline.visibility())).toSummary();
    }

    /** The other names readers may search a timeline for; read by every public search, so open to all. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<SearchAlias> searchAliases(TimelineId timelineId) {
        return aliases.of(timelineId.value());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void putSearchAlias(String slug, SearchAlias alias) {
        TimelineId id = entity(slug).toSummary().id();
        aliases.put(id.value(), alias);
        events.publishEvent(new SearchAliasesChanged(id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeSearchAlias(String slug, String alias) {
        TimelineId id = entity(slug).toSummary().id();
        aliases.remove(id.value(), alias);
        events.publishEvent(new SearchAliasesChanged(id));
    }
}
