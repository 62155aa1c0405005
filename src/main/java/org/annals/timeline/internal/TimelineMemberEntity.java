package org.annals.timeline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.annals.security.Role;
import org.hibernate.envers.Audited;

/** One role of one person on one timeline; granting and revoking are audited like any other change. */
@Entity
@Table(name = "timeline_member")
@Audited
public class TimelineMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "timeline_id", nullable = false)
    private long timelineId;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    protected TimelineMemberEntity() {
    }

    public TimelineMemberEntity(long timelineId, String username, Role role) {
        this.timelineId = timelineId;
        this.username = username;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }
}
