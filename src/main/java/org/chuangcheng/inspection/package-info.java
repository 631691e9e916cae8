/**
 * Inspections (督查) of checkpoints against their checklist and the problems they raise, with the
 * rectification loop 交办 → 整改 → 复查 → 销号 and its working-day deadlines.
 */
package org.chuangcheng.inspection;
