package org.chuangcheng.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

    Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    /**
     * Unread notifications, counted up to {@code cap} only: the bell shows "99+" beyond that, and the partial index
     * {@code notifications_unread} answers it without reading the table's rows for a long unread list.
     */
    @Query(nativeQuery = true, value = """
            select count(*) from (select 1 from notifications where recipient_id = :recipientId and read_at is null
                                  limit :cap) unread
            """)
    long countUnreadUpTo(Long recipientId, int cap);

    List<Notification> findByRecordIdAndKindInOrderByCreatedAtAscIdAsc(Long recordId, List<NotificationKind> kinds);

    List<Notification> findByRecipientIdAndKindOrderById(Long recipientId, NotificationKind kind);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null and n.id = :id")
    int markRead(Long recipientId, Long id, Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(Long recipientId, Instant at);
}
