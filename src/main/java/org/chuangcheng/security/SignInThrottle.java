package org.chuangcheng.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins, counted per (typed username, client address) and per client address, in the
 * {@code sign_in_failures} table. Five failures for one username from one address refuse that username
 * from that address only, with a lock that doubles on each further failure: someone guessing the
 * administrator's password from elsewhere locks himself out, not her. Twenty failures from one address,
 * whatever the usernames, refuse every sign-in from that address for a while (password spraying). Refusals
 * look exactly like a wrong password. Usernames that do not exist are counted like real ones, so the
 * counts reveal nothing about which accounts exist.
 */
@Slf4j
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class SignInThrottle {

    /** The row that counts an address as a whole rather than one username from it. */
    static final String ANY_USERNAME = "";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final FailureRule perUsername;
    private final FailureRule perAddress;
    private final org.springframework.context.ApplicationEventPublisher events;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            @Value("${app.security.max-failed-attempts:5}") int usernameLimit,
            @Value("${app.security.lock-duration:PT15M}") Duration lock,
            @Value("${app.security.address-failure-limit:20}") int addressLimit,
            @Value("${app.security.address-lock-duration:PT1M}") Duration addressLock,
            @Value("${app.security.max-lock-duration:PT24H}") Duration maxLock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.perUsername = new FailureRule(usernameLimit, lock, maxLock, Duration.ofHours(24));
        this.perAddress = new FailureRule(addressLimit, addressLock, maxLock, Duration.ofHours(1));
    }

    /** Whether sign-in with this username from this address is refused at present (before any password check). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isLocked(String username, String address) {
        return lockedNow(name(username), key(address), clock.instant());
    }

    /** Counts one wrong password (or unknown username) for the username and for the address. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        // always the username's row first, then the address's: concurrent failures lock rows in one order
        count(name(username), key(address), perUsername, now);
        count(ANY_USERNAME, key(address), perAddress, now);
    }

    /**
     * After a right password: false if the username or the address is locked at this moment (a
     * concurrent failure may just have reached the limit: its row lock makes us wait for it); otherwise the
     * username's count from this address starts again. The address's count is not reset, or an attacker
     * could clear it by signing in to an account of his own.
     */
    public boolean recordSuccess(String username, String address) {
        Instant now = clock.instant();
        String name = name(username);
        String key = key(address);
        List<Instant> own = jdbc.query("""
                select locked_until from sign_in_failures where username = ? and client_address = ? for update
                """, (rs, i) -> instant(rs.getTimestamp(1)), name, key);
        if (own.stream().anyMatch(until -> until != null && until.isAfter(now)) || lockedNow(name, key, now)) {
            return false;
        }
        jdbc.update("delete from sign_in_failures where username = ? and client_address = ?", name, key);
        return true;
    }

    /** The sign-in state of one username over every address, for the administrator's account page. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public SignInState state(String username) {
        Instant now = clock.instant();
        return jdbc.queryForObject("""
                select coalesce(sum(failures), 0), max(locked_until) filter (where locked_until > ?),
                       count(*) filter (where locked_until > ?)
                from sign_in_failures where username = ?
                """, (rs, i) -> new SignInState(rs.getInt(1), instant(rs.getTimestamp(2)), rs.getInt(3)),
                Timestamp.from(now), Timestamp.from(now), name(username));
    }

    /** Those of the given usernames that are locked from at least one address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        List<String> names = usernames.stream().map(SignInThrottle::name).toList();
        return jdbc.queryForList("""
                select distinct username from sign_in_failures where username = any (?) and locked_until > ?
                """, String.class, names.toArray(String[]::new), Timestamp.from(clock.instant()))
                .stream().collect(Collectors.toSet());
    }

    /** Lifts every lock and count of one username, from every address. */
    public void unlock(String username) {
        jdbc.update("delete from sign_in_failures where username = ?", name(username));
    }

    /** Lifts every address's lock as a whole (break-glass: the administrator's own address may be one). */
    public int unlockAllAddresses() {
        return jdbc.update("delete from sign_in_failures where username = ?", ANY_USERNAME);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldFailures() {
        Instant now = clock.instant();
        int removed = jdbc.update("""
                delete from sign_in_failures where last_failure_at < ? and (locked_until is null or locked_until < ?)
                """, Timestamp.from(now.minus(Duration.ofHours(24))), Timestamp.from(now));
        if (removed > 0) {
            log.debug("Forgot {} old sign-in failure counts", removed);
        }
    }

    private boolean lockedNow(String name, String key, Instant now) {
        Integer locked = jdbc.queryForObject("""
                select count(*) from sign_in_failures
                where client_address = ? and username in (?, ?) and locked_until > ?
                """, Integer.class, key, name, ANY_USERNAME, Timestamp.from(now));
        return locked != null && locked > 0;
    }

    private void count(String name, String key, FailureRule rule, Instant now) {
        // one statement inserts or locks the row and returns it: a separate insert and select could find the row
        // deleted in between by a concurrent right password (recordSuccess)
        FailureRule.Count current = jdbc.queryForObject("""
                insert into sign_in_failures (username, client_address, failures, last_failure_at)
                values (?, ?, 0, ?)
                on conflict (username, client_address) do update set failures = sign_in_failures.failures
                returning failures, locked_until, last_failure_at
                """, (rs, i) -> new FailureRule.Count(rs.getInt(1), instant(rs.getTimestamp(2)),
                        rs.getInt(1) == 0 ? null : instant(rs.getTimestamp(3))), name, key, Timestamp.from(now));
        FailureRule.Count next = rule.next(current, now);
        if (next != current) {
            jdbc.update("""
                    update sign_in_failures set failures = ?, locked_until = ?, last_failure_at = ?
                    where username = ? and client_address = ?
                    """, next.failures(), next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()),
                    Timestamp.from(next.lastFailure()), name, key);
            if (next.lockedUntil() != null && !next.lockedUntil().equals(current.lockedUntil())) {
                events.publishEvent(org.chuangcheng.shared.AuditEvents.of(name.isEmpty() ? "-" : name,
                        "SIGN_IN_LOCKED", name.isEmpty() ? "address " + key : name,
                        "until " + next.lockedUntil()));
            }
        }
    }

    /** Usernames as typed, case-insensitive and bounded: nobody's username is longer than 50 characters. */
    static String name(String username) {
        // NUL cannot be stored in PostgreSQL text: such a username exists nowhere, count it without it
        String name = username == null ? "" : username.replace("\0", "").trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /**
     * An IPv6 client is counted by its /64 network: one home or phone connection owns all of those
     * addresses and could otherwise step around the count.
     */
    static String key(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|]$", "").replaceAll("%.*$", ""))
                        .getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
                    }
                    return prefix.append(":/64").toString();
                }
            } catch (UnknownHostException | SecurityException e) {
                // not a literal address: counted as given
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
