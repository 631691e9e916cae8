package org.chuangcheng.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.ActorHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session. */
record AccountPrincipal(Actor actor, String password, boolean enabled)
        implements UserDetails, ActorHolder, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
