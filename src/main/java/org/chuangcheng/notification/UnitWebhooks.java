package org.chuangcheng.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitWebhooks extends JpaRepository<UnitWebhook, Long> {

    List<UnitWebhook> findAllByOrderByUnitId();
}
