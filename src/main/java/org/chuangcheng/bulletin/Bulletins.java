package org.chuangcheng.bulletin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bulletins table: published bytes, written once, never updated. */
@Repository
@RequiredArgsConstructor
class Bulletins {

    private final JdbcTemplate jdbc;

    List<Bulletin> all() {
        return jdbc.query("""
                select b.id, b.month, e.edition, b.title, b.created_at, b.created_by_name,
                       octet_length(b.pdf) as pdf_size, octet_length(b.xlsx) as xlsx_size
                  from bulletins b join ranking_editions e on e.id = b.edition_id
                 order by b.month desc, e.edition desc""", (rs, i) -> new Bulletin(rs.getLong("id"),
                YearMonth.parse(rs.getString("month")), rs.getInt("edition"), rs.getString("title"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"), rs.getLong("pdf_size"),
                rs.getLong("xlsx_size")));
    }

    boolean existsForEdition(long editionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from bulletins where edition_id = ?)",
                Boolean.class, editionId));
    }

    long insert(long editionId, YearMonth month, String title, Actor actor, Instant now, byte[] pdf, byte[] xlsx) {
        return jdbc.queryForObject("""
                insert into bulletins (edition_id, month, title, created_at, created_by, created_by_name, pdf, xlsx)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, editionId, month.toString(), title,
                Timestamp.from(now), actor.accountId(), actor.displayName(), pdf, xlsx);
    }

    Optional<byte[]> file(long id, boolean pdf) {
        return jdbc.query("select " + (pdf ? "pdf" : "xlsx") + " as f, month from bulletins where id = ?",
                (rs, i) -> rs.getBytes("f"), id).stream().findFirst();
    }

    Optional<YearMonth> month(long id) {
        return jdbc.query("select month from bulletins where id = ?", (rs, i) -> YearMonth.parse(rs.getString(1)), id)
                .stream().findFirst();
    }
}
