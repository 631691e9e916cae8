package org.chuangcheng.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationSettingsStore extends JpaRepository<EscalationSettings, Integer> {

    default EscalationSettings current() {
        return findById(1).orElseThrow();
    }
}
