/**
 * Inspections (督查) of checkpoints against their checklist; the problems they find are raised through
 * the problem feature.
 */
package org.chuangcheng.inspection;
