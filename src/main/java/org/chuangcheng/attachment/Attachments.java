package org.chuangcheng.attachment;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attachments extends JpaRepository<Attachment, Long> {

    @Query("select a.storageKey from Attachment a")
    Set<String> storageKeys();
}
