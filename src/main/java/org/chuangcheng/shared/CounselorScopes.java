package org.chuangcheng.shared;

import java.util.Set;

/**
 * The units a counselor's groups cover, for security to confine her (the counselor feature answers; security
 * must not depend on it, since it chooses its members among the accounts).
 */
public interface CounselorScopes {

    /** The units covered by the groups the account belongs to: their districts with every unit under them, and their units. */
    Set<Long> unitsCoveredFor(Long accountId);
}
