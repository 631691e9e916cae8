/**
 * The maintained problem statistics behind {@link org.chuangcheng.problem.ProblemStatistics}: counters kept by
 * database triggers in the same transaction as every change, read per month, rebuilt from the raw rows on demand.
 */
package org.chuangcheng.problem.statistics;
