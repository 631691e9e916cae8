package org.chuangcheng.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface PreferencesStore extends JpaRepository<NotificationPreferences, Long> {
}
