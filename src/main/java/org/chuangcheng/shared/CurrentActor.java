package org.chuangcheng.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acting user of the current request. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The signed-in actor, or empty for anonymous requests and background jobs. */
    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }

    /** The signed-in actor; refuses when nobody is signed in. */
    public static Actor get() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
