package org.annals.source.internal.capture;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annals.source.LinkHealth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest link check of each cited URL, with since when its answer holds. */
@Component
public class LinkHealthStore {

    private final JdbcClient jdbc;

    LinkHealthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a check; a state that holds since an earlier check keeps its first date. */
    public LinkHealth record(String url, LinkVerdict verdict, Instant at) {
        return jdbc.sql("insert into link_health (url, state, http_status, detail, moved_to, since, checked_at)"
                        + " values (:url, :state, :status, :detail, :movedTo, :at, :at)"
                        + " on conflict (url) do update set"
                        + " since = case when link_health.state = excluded.state then link_health.since else excluded.since end,"
                        + " state = excluded.state, http_status = excluded.http_status, detail = excluded.detail,"
                        + " moved_to = excluded.moved_to, checked_at = excluded.checked_at returning *")
                .param("url", url).param("state", verdict.state().name()).param("status", verdict.httpStatus())
                .param("detail", verdict.detail()).param("movedTo", cut(verdict.movedTo()))
                .param("at", java.sql.Timestamp.from(at)).query(LinkHealthStore::health).single();
    }

    /** Cited URLs never checked or last checked before {@code before}, those waiting longest first. */
    public List<String> due(Instant before, int limit) {
        return jdbc.sql("select s.url from (select distinct url from source) s left join link_health h on h.url = s.url"
                        + " where h.url is null or h.checked_at < :before order by h.checked_at nulls first, s.url limit :limit")
                .param("before", java.sql.Timestamp.from(before)).param("limit", limit).query(String.class).list();
    }

    public Map<String, LinkHealth> of(Collection<String> urls) {
        Map<String, LinkHealth> found = new HashMap<>();
        if (!urls.isEmpty()) {
            jdbc.sql("select * from link_health where url in (:urls)").param("urls", List.copyOf(new LinkedHashSet<>(urls)))
                    .query(LinkHealthStore::health).list().forEach(h -> found.put(h.url(), h));
        }
        return found;
    }

    /** Links that are not fine, the newest trouble first. */
    public List<LinkHealth> troubled(int limit) {
        return jdbc.sql("select * from link_health where state <> 'OK' order by since desc, url limit :limit")
                .param("limit", limit).query(LinkHealthStore::health).list();
    }

    private static LinkHealth health(ResultSet rs, int row) throws SQLException {
        return new LinkHealth(rs.getString("url"), LinkHealth.State.valueOf(rs.getString("state")),
                (Integer) rs.getObject("http_status"), rs.getString("detail"), rs.getString("moved_to"),
                rs.getTimestamp("since").toInstant(), rs.getTimestamp("checked_at").toInstant());
    }

    private static String cut(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
