/**
 * The audit log (安全审计, 等保 2.0): who did what, when, from which address, with what outcome, recorded from
 * Spring Security's and the features' events; append-only, read only by the audit administrator.
 */
package org.chuangcheng.audit;
