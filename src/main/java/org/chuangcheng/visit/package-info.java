/**
 * Leaders' visits (走访) to the checkpoints they are paired with, the problems found on them, and visit
 * compliance (走访率), which {@link org.chuangcheng.visit.VisitCompliance} offers to the dashboard and ranking.
 */
package org.chuangcheng.visit;
