package org.chuangcheng.rates;

/**
 * A relapse hot spot (易反弹): a checkpoint where problems for a standard were raised again within the
 * relapse window after a problem for the same standard there had been closed.
 *
 * @param relapses problems assigned in the period that relapse an earlier closed one
 */
public record RelapseSpot(long checkpointId, String checkpointName, String unitName, long relapses) {
}
