package org.annals.timeline.internal;

import java.util.List;
import org.annals.timeline.SearchAlias;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The search_alias rows of a timeline (V0034). */
@Component
public class SearchAliasStore {

    private final JdbcClient jdbc;

    SearchAliasStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SearchAlias> of(long timelineId) {
        return jdbc.sql("select alias, name from search_alias where timeline_id = :t order by alias")
                .param("t", timelineId).query((rs, n) -> new SearchAlias(rs.getString(1), rs.getString(2))).list();
    }

    public void put(long timelineId, SearchAlias alias) {
        jdbc.sql("""
                insert into search_alias (timeline_id, alias, name) values (:t, :alias, :name)
                on conflict (timeline_id, alias) do update set name = excluded.name""")
                .param("t", timelineId).param("alias", alias.alias()).param("name", alias.name()).update();
    }

    public void remove(long timelineId, String alias) {
        jdbc.sql("delete from search_alias where timeline_id = :t and alias = :alias")
                .param("t", timelineId).param("alias", alias).update();
    }
}
