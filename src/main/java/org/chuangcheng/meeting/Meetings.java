package org.chuangcheng.meeting;

import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, Long> {

    @Query(value = """
            select m from Meeting m
            where (:kind is null or m.kind = :kind) and m.heldOn between :from and :to
            """, countQuery = """
            select count(m) from Meeting m
            where (:kind is null or m.kind = :kind) and m.heldOn between :from and :to
            """)
    Page<Meeting> search(MeetingKind kind, LocalDate from, LocalDate to, Pageable pageable);
}
